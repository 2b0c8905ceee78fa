/**
 * The Personal Integration Plan (PIP): needs, objectives, the plan per service with who and
 * when, a dated log of monitoring and updates agreed with the woman, outcomes, and signatures.
 * The need categories are those the source document reports for Italy, Spain and Bulgaria.
 */
import { defineTemplate, type FieldInput } from '../schema.ts';
import { caseCodeField, countryField, organisationField } from '../common.ts';
import type { LocalizedText } from '../../src/schemas/common.ts';

const opt = (id: string, en: string, it: string, es: string, bg: string) => ({ id, label: { en, it, es, bg } });

const signatureName = (id: string, label: LocalizedText, help: LocalizedText): FieldInput => ({
	id,
	kind: 'text',
	maxLength: 120,
	privacy: 'identifying',
	label,
	help,
});

export default defineTemplate({
	id: 'pip',
	version: '1.0.0',
	title: {
		en: 'Personal Integration Plan (PIP)',
		it: 'Piano di Integrazione Personale (PIP)',
		es: 'Plan de Integración Personal (PIP)',
		bg: 'Персонален план за интеграция (ПИП)',
	},
	purpose: {
		en: "The plan a woman and her team agree together: her needs, her objectives, which service does what and when, how it is reviewed with her, and what she achieves.",
		it: 'Il piano che una donna e la sua équipe concordano insieme: i suoi bisogni, i suoi obiettivi, quale servizio fa che cosa e quando, come viene rivisto con lei e che cosa ottiene.',
		es: 'El plan que una mujer y su equipo acuerdan juntos: sus necesidades, sus objetivos, qué servicio hace qué y cuándo, cómo se revisa con ella y qué consigue.',
		bg: 'Планът, който жената и екипът ѝ договарят заедно: нуждите ѝ, целите ѝ, коя услуга какво прави и кога, как планът се преглежда с нея и какво постига тя.',
	},
	whenUsed: {
		en: 'Written after the skills assessment, discussed with her before anything starts, then updated at each review until the plan closes.',
		it: 'Si scrive dopo il bilancio delle competenze, si discute con lei prima di iniziare e si aggiorna a ogni verifica fino alla chiusura.',
		es: 'Se redacta tras la evaluación de competencias, se comenta con ella antes de empezar y se actualiza en cada revisión hasta el cierre.',
		bg: 'Изготвя се след оценката на уменията, обсъжда се с нея, преди да започне каквото и да е, и се обновява при всеки преглед до приключването.',
	},
	filledBy: {
		en: 'Her key worker, with the woman and the professionals who assessed her (training, job, social, legal, psychological); a mediator where needed.',
		it: "L'operatore di riferimento, con la donna e i professionisti che l'hanno valutata (formazione, lavoro, sociale, legale, psicologico); un mediatore se serve.",
		es: 'Su profesional de referencia, con la mujer y las profesionales que la evaluaron (formación, empleo, social, jurídico, psicológico); mediación si hace falta.',
		bg: 'Водещият ѝ специалист, заедно с жената и специалистите, които са я оценили (обучение, заетост, социална, правна, психологическа помощ); медиатор при нужда.',
	},
	step: 'co-design-pip',
	alsoUsedIn: ['implement', 'monitor', 'close-and-follow-up'],
	sections: [
		{
			id: 'about',
			title: { en: 'About the plan', it: 'Il piano', es: 'Sobre el plan', bg: 'За плана' },
			fields: [
				caseCodeField(),
				countryField(),
				organisationField(),
				{
					id: 'plan-date',
					kind: 'date',
					required: true,
					privacy: 'aggregate',
					label: { en: 'Date agreed', it: 'Data in cui è stato concordato', es: 'Fecha del acuerdo', bg: 'Дата на договаряне' },
					help: {
						en: 'The day she agreed the first version of the plan.',
						it: 'Il giorno in cui ha approvato la prima versione del piano.',
						es: 'El día en que aceptó la primera versión del plan.',
						bg: 'Денят, в който тя се съгласи с първата версия на плана.',
					},
				},
				{
					id: 'plan-end',
					kind: 'date',
					privacy: 'aggregate',
					label: { en: 'Planned end', it: 'Fine prevista', es: 'Fin previsto', bg: 'Планиран край' },
					help: {
						en: 'When the plan is expected to close; change it in the log if it moves.',
						it: 'Quando si prevede di chiudere il piano; se cambia, annotatelo nel registro.',
						es: 'Cuándo se prevé cerrar el plan; si cambia, anotadlo en el registro.',
						bg: 'Кога се очаква планът да приключи; ако се промени, запишете го в дневника.',
					},
				},
			],
		},
		{
			id: 'needs',
			title: { en: 'Needs assessed', it: 'Bisogni rilevati', es: 'Necesidades detectadas', bg: 'Установени нужди' },
			fields: [
				{
					id: 'needs',
					kind: 'multichoice',
					required: true,
					columns: 2,
					privacy: 'sensitive',
					label: { en: 'Her needs', it: 'I suoi bisogni', es: 'Sus necesidades', bg: 'Нуждите ѝ' },
					help: {
						en: 'Tick every need the assessment found and she recognises.',
						it: 'Spuntate ogni bisogno emerso dalla valutazione che lei riconosce.',
						es: 'Marcad cada necesidad detectada en la evaluación que ella reconoce.',
						bg: 'Отбележете всяка нужда, установена при оценката, която тя признава.',
					},
					options: [
						opt('host-language', 'Host-country language', 'Lingua del paese ospitante', 'Idioma del país de acogida', 'Езика на приемащата държава'),
						opt('work-experience', 'Little, informal or no work experience', 'Esperienza di lavoro scarsa, informale o assente', 'Poca experiencia laboral, informal o ninguna', 'Малко, неформален или никакъв трудов опит'),
						opt('professional-skills', 'Professional skills', 'Competenze professionali', 'Competencias profesionales', 'Професионални умения'),
						opt('qualification-recognition', 'Recognition of qualifications', 'Riconoscimento dei titoli', 'Homologación de títulos', 'Признаване на квалификации'),
						opt('digital-skills', 'Computer skills', 'Competenze informatiche', 'Competencias informáticas', 'Компютърни умения'),
						opt('job-search', 'Job search and interviews', 'Ricerca di lavoro e colloqui', 'Búsqueda de empleo y entrevistas', 'Търсене на работа и интервюта'),
						opt('labour-market', 'Labour market and labour law', 'Mercato del lavoro e diritto del lavoro', 'Mercado laboral y legislación laboral', 'Пазар на труда и трудово право'),
						opt('urgent-income', 'Urgent need of an income', 'Bisogno urgente di un reddito', 'Urgencia de ingresos', 'Спешна нужда от доход'),
						opt('social-network', 'Social network', 'Rete sociale', 'Red social', 'Социални контакти'),
						opt('legal', 'Legal needs or documents', 'Bisogni legali o documenti', 'Necesidades jurídicas o documentación', 'Правни нужди или документи'),
						opt('psychological', 'Psychological needs', 'Bisogni psicologici', 'Necesidades psicológicas', 'Психологически нужди'),
						opt('childcare', 'Childcare, family and work', 'Figli, famiglia e lavoro', 'Cuidado de hijos, familia y trabajo', 'Грижа за децата, семейство и работа'),
						opt('housing', 'A safe, affordable home', 'Una casa sicura e accessibile', 'Una vivienda segura y asequible', 'Безопасно и достъпно жилище'),
						opt('health-care', 'Access to a doctor', 'Accesso a un medico', 'Acceso a un médico', 'Достъп до личен лекар'),
						opt('other', 'Other', 'Altro', 'Otro', 'Друго'),
					],
				},
				{
					id: 'needs-other',
					kind: 'text',
					maxLength: 200,
					privacy: 'sensitive',
					label: { en: 'Other needs', it: 'Altri bisogni', es: 'Otras necesidades', bg: 'Други нужди' },
					help: {
						en: 'If you ticked "Other", say what.',
						it: 'Se avete spuntato «Altro», specificate.',
						es: 'Si marcasteis «Otro», indicad cuál.',
						bg: 'Ако сте отбелязали „Друго“, посочете какво.',
					},
				},
				{
					id: 'needs-notes',
					kind: 'textarea',
					lines: 3,
					privacy: 'sensitive',
					label: { en: 'Notes on her needs', it: 'Note sui bisogni', es: 'Notas sobre sus necesidades', bg: 'Бележки за нуждите ѝ' },
					help: {
						en: 'Only what the plan needs. Keep clinical and legal details in their own files.',
						it: 'Solo ciò che serve al piano. I dettagli clinici e legali restano nei loro fascicoli.',
						es: 'Solo lo que el plan necesita. Los detalles clínicos y jurídicos quedan en sus propios expedientes.',
						bg: 'Само необходимото за плана. Клиничните и правните подробности остават в отделните им досиета.',
					},
				},
			],
		},
		{
			id: 'objectives',
			title: { en: 'Objectives', it: 'Obiettivi', es: 'Objetivos', bg: 'Цели' },
			fields: [
				{
					id: 'objectives',
					kind: 'table',
					required: true,
					privacy: 'sensitive',
					label: { en: 'Her objectives', it: 'I suoi obiettivi', es: 'Sus objetivos', bg: 'Целите ѝ' },
					help: {
						en: 'In her words where possible, each with a date to check it by.',
						it: 'Con parole sue quando possibile, ciascuno con una data di verifica.',
						es: 'Con sus palabras cuando sea posible, cada uno con una fecha de revisión.',
						bg: 'С нейни думи, когато е възможно, всяка с дата за проверка.',
					},
					rows: { count: 5 },
					columns: [
						{ id: 'objective', width: 4, lines: 2, label: { en: 'Objective', it: 'Obiettivo', es: 'Objetivo', bg: 'Цел' } },
						{ id: 'by', kind: 'date', width: 1.3, label: { en: 'Check by', it: 'Verifica entro', es: 'Revisar antes de', bg: 'Проверка до' } },
					],
				},
			],
		},
		{
			id: 'plan',
			title: { en: 'The plan, service by service', it: 'Il piano, servizio per servizio', es: 'El plan, servicio a servicio', bg: 'Планът по услуги' },
			intro: {
				en: 'Leave a row blank if she does not need that service. Psychological, social and legal support are offered when she asks for them.',
				it: 'Lasciate vuota la riga se non le serve quel servizio. Il supporto psicologico, sociale e legale si offre quando lo chiede.',
				es: 'Dejad la fila en blanco si no necesita ese servicio. El apoyo psicológico, social y jurídico se ofrece cuando ella lo pide.',
				bg: 'Оставете реда празен, ако тя няма нужда от тази услуга. Психологическа, социална и правна подкрепа се предлага, когато я поиска.',
			},
			fields: [
				{
					id: 'plan',
					kind: 'table',
					required: true,
					privacy: 'sensitive',
					label: { en: 'Actions per service', it: 'Azioni per servizio', es: 'Acciones por servicio', bg: 'Действия по услуги' },
					help: {
						en: 'What will be done, who does it (a role or organisation) and when.',
						it: 'Che cosa si farà, chi lo fa (un ruolo o un ente) e quando.',
						es: 'Qué se hará, quién lo hace (un rol o una entidad) y cuándo.',
						bg: 'Какво ще се направи, кой го прави (роля или организация) и кога.',
					},
					rowHeading: { en: 'Service', it: 'Servizio', es: 'Servicio', bg: 'Услуга' },
					rows: [
						opt('training', 'Training', 'Formazione', 'Formación', 'Обучение'),
						opt('job-placement', 'Job placement and internship', 'Inserimento lavorativo e tirocinio', 'Inserción laboral y prácticas', 'Намиране на работа и стаж'),
						opt('language', 'Language course', 'Corso di lingua', 'Curso de idioma', 'Езиков курс'),
						opt('educational-support', 'Educational support', 'Supporto educativo', 'Apoyo educativo', 'Образователна подкрепа'),
						opt('social-support', 'Social support', 'Supporto sociale', 'Apoyo social', 'Социална подкрепа'),
						opt('legal-support', 'Legal support', 'Supporto legale', 'Apoyo jurídico', 'Правна подкрепа'),
						opt('psychological-support', 'Psychological support', 'Supporto psicologico', 'Apoyo psicológico', 'Психологическа подкрепа'),
						opt('mediation', 'Linguistic and cultural mediation', 'Mediazione linguistico-culturale', 'Mediación lingüística y cultural', 'Езиково и културно посредничество'),
					],
					columns: [
						{ id: 'actions', width: 3, lines: 2, label: { en: 'What', it: 'Che cosa', es: 'Qué', bg: 'Какво' } },
						{ id: 'who', width: 1.5, lines: 2, label: { en: 'Who', it: 'Chi', es: 'Quién', bg: 'Кой' } },
						{ id: 'when', width: 1.3, lines: 2, label: { en: 'When', it: 'Quando', es: 'Cuándo', bg: 'Кога' } },
					],
				},
			],
		},
		{
			id: 'monitoring',
			title: { en: 'Monitoring and updates', it: 'Monitoraggio e aggiornamenti', es: 'Seguimiento y actualizaciones', bg: 'Наблюдение и актуализация' },
			intro: {
				en: 'One row per review. Discuss every change with her before you write it down.',
				it: 'Una riga per ogni verifica. Discutete con lei ogni modifica prima di scriverla.',
				es: 'Una fila por revisión. Hablad con ella cada cambio antes de anotarlo.',
				bg: 'По един ред за всеки преглед. Обсъдете всяка промяна с нея, преди да я запишете.',
			},
			fields: [
				{
					id: 'monitoring-log',
					kind: 'table',
					privacy: 'sensitive',
					label: { en: 'Review log', it: 'Registro delle verifiche', es: 'Registro de revisiones', bg: 'Дневник на прегледите' },
					help: {
						en: 'Date, how things are going, and what you agreed to change.',
						it: 'Data, come stanno andando le cose e che cosa avete deciso di cambiare.',
						es: 'Fecha, cómo van las cosas y qué acordasteis cambiar.',
						bg: 'Дата, как вървят нещата и какво сте договорили да се промени.',
					},
					rows: { count: 8 },
					columns: [
						{ id: 'date', kind: 'date', width: 1.2, lines: 2, label: { en: 'Date', it: 'Data', es: 'Fecha', bg: 'Дата' } },
						{ id: 'progress', width: 2.6, lines: 2, label: { en: 'Progress', it: 'Andamento', es: 'Avances', bg: 'Напредък' } },
						{ id: 'changes', width: 2.6, lines: 2, label: { en: 'Changes agreed with her', it: 'Modifiche concordate con lei', es: 'Cambios acordados con ella', bg: 'Промени, договорени с нея' } },
					],
				},
			],
		},
		{
			id: 'outcomes',
			title: { en: 'Outcomes', it: 'Risultati', es: 'Resultados', bg: 'Резултати' },
			fields: [
				{
					id: 'certificates',
					kind: 'table',
					privacy: 'sensitive',
					label: { en: 'Certificates obtained', it: 'Attestati ottenuti', es: 'Certificados obtenidos', bg: 'Получени удостоверения' },
					help: {
						en: 'Attendance certificates, qualifications, licences.',
						it: 'Attestati di frequenza, qualifiche, patenti.',
						es: 'Certificados de asistencia, títulos, carnés.',
						bg: 'Удостоверения за присъствие, квалификации, свидетелства.',
					},
					rows: { count: 4 },
					columns: [
						{ id: 'name', width: 3.5, label: { en: 'Course or certificate', it: 'Corso o attestato', es: 'Curso o certificado', bg: 'Курс или удостоверение' } },
						{ id: 'date', kind: 'date', width: 1.3, label: { en: 'Date', it: 'Data', es: 'Fecha', bg: 'Дата' } },
					],
				},
				{
					id: 'internships',
					kind: 'table',
					privacy: 'sensitive',
					label: { en: 'Internships', it: 'Tirocini', es: 'Prácticas', bg: 'Стажове' },
					help: {
						en: 'Role and sector, not the employer’s name if it could identify her.',
						it: 'Ruolo e settore; non il nome dell’azienda se potrebbe identificarla.',
						es: 'Puesto y sector; no el nombre de la empresa si pudiera identificarla.',
						bg: 'Длъжност и сектор, без името на работодателя, ако то може да я идентифицира.',
					},
					rows: { count: 3 },
					columns: [
						{ id: 'role', width: 3, label: { en: 'Role and sector', it: 'Ruolo e settore', es: 'Puesto y sector', bg: 'Длъжност и сектор' } },
						{ id: 'from', kind: 'date', width: 1.2, label: { en: 'From', it: 'Dal', es: 'Desde', bg: 'От' } },
						{ id: 'to', kind: 'date', width: 1.2, label: { en: 'To', it: 'Al', es: 'Hasta', bg: 'До' } },
					],
				},
				{
					id: 'jobs',
					kind: 'table',
					privacy: 'sensitive',
					label: { en: 'Jobs', it: 'Lavori', es: 'Empleos', bg: 'Работни места' },
					help: {
						en: 'Role and sector, type of contract, start date.',
						it: 'Ruolo e settore, tipo di contratto, data di inizio.',
						es: 'Puesto y sector, tipo de contrato, fecha de inicio.',
						bg: 'Длъжност и сектор, вид договор, начална дата.',
					},
					rows: { count: 3 },
					columns: [
						{ id: 'role', width: 2.6, label: { en: 'Role and sector', it: 'Ruolo e settore', es: 'Puesto y sector', bg: 'Длъжност и сектор' } },
						{ id: 'contract', width: 1.6, label: { en: 'Contract', it: 'Contratto', es: 'Contrato', bg: 'Договор' } },
						{ id: 'from', kind: 'date', width: 1.2, label: { en: 'Start', it: 'Inizio', es: 'Inicio', bg: 'Начало' } },
					],
				},
				{
					id: 'outcome-notes',
					kind: 'textarea',
					lines: 3,
					privacy: 'sensitive',
					label: { en: 'Other outcomes', it: 'Altri risultati', es: 'Otros resultados', bg: 'Други резултати' },
					help: {
						en: 'Housing, documents, a wider network, skills she gained.',
						it: 'Casa, documenti, una rete più ampia, competenze acquisite.',
						es: 'Vivienda, documentación, una red más amplia, competencias adquiridas.',
						bg: 'Жилище, документи, по-широк кръг от контакти, придобити умения.',
					},
				},
			],
		},
		{
			id: 'signatures',
			title: { en: 'Consent and signatures', it: 'Consenso e firme', es: 'Consentimiento y firmas', bg: 'Съгласие и подписи' },
			intro: {
				en: 'Names appear only here. Keep the signed page with her case file, apart from any copy used for reporting.',
				it: 'I nomi compaiono solo qui. Conservate la pagina firmata nel suo fascicolo, separata dalle copie usate per i resoconti.',
				es: 'Los nombres aparecen solo aquí. Guardad la página firmada en su expediente, aparte de las copias para informes.',
				bg: 'Имената се пишат само тук. Пазете подписаната страница в досието ѝ, отделно от копията за отчети.',
			},
			fields: [
				{
					id: 'consent-given',
					kind: 'checkbox',
					required: true,
					privacy: 'aggregate',
					label: {
						en: 'She has read or heard the consent and data-protection notice and agrees to this plan',
						it: "Ha letto o ascoltato l'informativa sul consenso e sulla protezione dei dati e approva questo piano",
						es: 'Ha leído o escuchado la nota de consentimiento y protección de datos y está de acuerdo con este plan',
						bg: 'Тя е прочела или изслушала уведомлението за съгласие и защита на данните и е съгласна с този план',
					},
					help: {
						en: 'Use the consent template of this toolkit, in a language she understands.',
						it: 'Usate il modello di consenso di questo toolkit, in una lingua che comprende.',
						es: 'Usad la plantilla de consentimiento de este toolkit, en un idioma que entienda.',
						bg: 'Използвайте образеца за съгласие от този инструментариум, на език, който тя разбира.',
					},
				},
				signatureName(
					'beneficiary-name',
					{ en: 'Her name and signature', it: 'Nome e firma della donna', es: 'Nombre y firma de la mujer', bg: 'Име и подпис на жената' },
					{
						en: 'She writes or signs it herself.',
						it: 'Lo scrive o lo firma lei stessa.',
						es: 'Lo escribe o lo firma ella misma.',
						bg: 'Тя сама го пише или подписва.',
					},
				),
				signatureName(
					'practitioner-name',
					{ en: 'Key worker: name and signature', it: 'Operatore di riferimento: nome e firma', es: 'Profesional de referencia: nombre y firma', bg: 'Водещ специалист: име и подпис' },
					{
						en: 'The person responsible for the plan.',
						it: 'La persona responsabile del piano.',
						es: 'La persona responsable del plan.',
						bg: 'Лицето, отговорно за плана.',
					},
				),
				signatureName(
					'mediator-name',
					{ en: 'Mediator: name and signature', it: 'Mediatore: nome e firma', es: 'Mediación: nombre y firma', bg: 'Медиатор: име и подпис' },
					{
						en: 'Only if a mediator explained the plan to her.',
						it: 'Solo se un mediatore le ha spiegato il piano.',
						es: 'Solo si una persona mediadora le explicó el plan.',
						bg: 'Само ако медиатор ѝ е обяснил плана.',
					},
				),
				{
					id: 'signature-date',
					kind: 'date',
					privacy: 'aggregate',
					label: { en: 'Date of signature', it: 'Data della firma', es: 'Fecha de la firma', bg: 'Дата на подписване' },
					help: {
						en: 'The day you all signed.',
						it: 'Il giorno in cui avete firmato.',
						es: 'El día en que firmasteis.',
						bg: 'Денят, в който всички подписахте.',
					},
				},
			],
		},
	],
	examples: [
		{
			name: 'complete',
			description: 'A plan from Spain with every field filled.',
			values: {
				'case-code': 'ES-2020-08',
				country: 'es',
				organisation: 'AMIGA',
				'plan-date': '2020-02-10',
				'plan-end': '2021-09-30',
				needs: ['professional-skills', 'qualification-recognition', 'labour-market', 'social-network', 'urgent-income', 'legal', 'other'],
				'needs-other': 'Needs a laptop for online courses',
				'needs-notes': 'Nursing diploma from Venezuela, not yet recognised in Spain.',
				objectives: {
					'1': { objective: 'Start the recognition of her nursing diploma', by: '2020-06-30' },
					'2': { objective: 'Finish the social and health care course (95 h)', by: '2020-12-15' },
					'3': { objective: 'Find an internship or a job in elderly care', by: '2021-06-30' },
				},
				plan: {
					training: { actions: 'Social and health care course; job search course', who: 'AMIGA training team', when: 'Oct–Dec 2020' },
					'job-placement': { actions: 'CV, applications, interview practice', who: 'Employment adviser', when: 'From Jan 2021' },
					'legal-support': { actions: 'Advice on residence permit', who: 'AMIGA lawyer', when: 'On request' },
					'psychological-support': { actions: 'Follow-up consultations', who: 'AMIGA psychologist', when: 'Monthly' },
				},
				'monitoring-log': {
					'1': { date: '2020-05-12', progress: 'Lockdown: course postponed; calls every week.', changes: 'Online job search course first.' },
					'2': { date: '2020-11-03', progress: 'Course going well, 90% attendance.', changes: 'None.' },
				},
				certificates: { '1': { name: 'Social and health care (95 h)', date: '2020-12-18' }, '2': { name: 'Food handling (5 h)', date: '2021-01-20' } },
				internships: { '1': { role: 'Care assistant, residential home', from: '2021-02-01', to: '2021-04-30' } },
				jobs: { '1': { role: 'Home care worker', contract: 'Part-time, 6 months', from: '2021-05-10' } },
				'outcome-notes': 'Wider network through the course; recognition of the diploma still in progress.',
				'consent-given': true,
				'beneficiary-name': 'María José Núñez',
				'practitioner-name': 'Ana Peña',
				'signature-date': '2020-02-10',
			},
		},
		{
			name: 'bulgarian-plan',
			description: 'A plan written in Bulgarian.',
			values: {
				'case-code': 'BG-2021-05',
				country: 'bg',
				organisation: 'Анимус',
				'plan-date': '2021-02-22',
				needs: ['host-language', 'childcare', 'housing', 'health-care'],
				'needs-notes': 'Търси детска градина в София; няма личен лекар.',
				objectives: { '1': { objective: 'Да подобри българския си език до ниво A2', by: '2021-09-01' } },
				plan: {
					language: { actions: 'Курс по български език', who: 'Партньорска организация', when: 'март – юни' },
					mediation: { actions: 'Придружаване до социални служби', who: 'Медиатор', when: 'при нужда' },
				},
				'monitoring-log': { '1': { date: '2021-04-15', progress: 'Посещава курса редовно.', changes: 'Добавяме компютърен курс.' } },
				'consent-given': true,
				'beneficiary-name': 'Зейнаб Хосейни',
				'mediator-name': 'Шахла Ахмадова',
			},
		},
		{
			name: 'minimal',
			description: 'Only the required fields, from Italy.',
			values: {
				'case-code': 'IT-2020-01',
				country: 'it',
				'plan-date': '2020-03-02',
				needs: ['host-language', 'digital-skills'],
				objectives: { '1': { objective: 'Migliorare l’italiano per il lavoro' } },
				plan: { language: { actions: 'Corso di italiano per il lavoro (44 h)', who: 'Energheia' } },
				'consent-given': true,
			},
		},
	],
});
