/**
 * Informed consent and data-protection notice for the woman, in plain language that a mediator
 * can read through with her: what is recorded, why, who sees it, how long it is kept, her
 * rights under the GDPR and how to withdraw. Each part has a box showing it was explained.
 */
import { defineTemplate, type FieldInput } from '../schema.ts';
import { caseCodeField, organisationField } from '../common.ts';
import type { LocalizedText } from '../../src/schemas/common.ts';

const explained = (id: string): FieldInput => ({
	id: `explained-${id}`,
	kind: 'checkbox',
	privacy: 'aggregate',
	label: {
		en: 'This part was explained to me and I understood it',
		it: 'Questa parte mi è stata spiegata e l’ho capita',
		es: 'Me han explicado esta parte y la he entendido',
		bg: 'Тази част ми беше обяснена и я разбрах',
	},
	help: {
		en: 'Tick after reading it together. Ask again if anything is unclear.',
		it: 'Spunta dopo averla letta insieme. Chiedi di nuovo se qualcosa non è chiaro.',
		es: 'Marca después de leerla juntas. Vuelve a preguntar si algo no está claro.',
		bg: 'Отбележете, след като я прочетете заедно. Питайте отново, ако нещо не е ясно.',
	},
});

const agree = (id: string, label: LocalizedText, help: LocalizedText, required = false): FieldInput => ({
	id,
	kind: 'checkbox',
	required,
	privacy: 'aggregate',
	label,
	help,
});

export default defineTemplate({
	id: 'consent',
	version: '1.0.0',
	title: {
		en: 'Consent and data protection',
		it: 'Consenso e protezione dei dati',
		es: 'Consentimiento y protección de datos',
		bg: 'Съгласие и защита на данните',
	},
	purpose: {
		en: 'Explains to a woman, in plain words, what the organisation writes down about her, why, who sees it, how long it is kept and what her rights are, and records what she agrees to.',
		it: "Spiega a una donna, con parole semplici, che cosa l'organizzazione scrive su di lei, perché, chi lo vede, per quanto tempo lo conserva e quali sono i suoi diritti, e registra ciò che accetta.",
		es: 'Explica a una mujer, con palabras sencillas, qué anota la entidad sobre ella, para qué, quién lo ve, cuánto tiempo se guarda y cuáles son sus derechos, y recoge lo que ella acepta.',
		bg: 'Обяснява на жената с прости думи какво организацията записва за нея, защо, кой го вижда, колко дълго се пази и какви са правата ѝ, и отбелязва с какво е съгласна тя.',
	},
	whenUsed: {
		en: 'Before anything about her is written down, usually at the first meeting, and again whenever what is recorded or shared changes.',
		it: 'Prima di scrivere qualsiasi cosa su di lei, di solito al primo incontro, e di nuovo ogni volta che cambia ciò che si registra o si condivide.',
		es: 'Antes de anotar nada sobre ella, normalmente en la primera reunión, y de nuevo cada vez que cambie lo que se registra o se comparte.',
		bg: 'Преди да се запише каквото и да е за нея, обикновено при първата среща, и отново всеки път, когато се промени какво се записва или споделя.',
	},
	filledBy: {
		en: 'The woman, with her key worker reading it through with her, and a cultural mediator in her own language where needed.',
		it: "La donna, con l'operatore di riferimento che lo legge insieme a lei, e un mediatore culturale nella sua lingua se serve.",
		es: 'La mujer, con su profesional de referencia leyéndolo con ella, y mediación cultural en su propio idioma si hace falta.',
		bg: 'Жената, заедно с водещия ѝ специалист, който го чете с нея, и културен медиатор на нейния език при нужда.',
	},
	step: 'identify-and-refer',
	alsoUsedIn: ['assess'],
	sections: [
		{
			id: 'about',
			title: { en: 'About this form', it: 'Questo modulo', es: 'Sobre este formulario', bg: 'За този формуляр' },
			intro: {
				en: 'Read this together, in a language you understand. You can ask questions, take time, and say no to anything that is optional.',
				it: 'Leggetelo insieme, in una lingua che capisci. Puoi fare domande, prenderti tempo e dire di no a tutto ciò che è facoltativo.',
				es: 'Leedlo juntas, en un idioma que entiendas. Puedes hacer preguntas, tomarte tu tiempo y decir que no a todo lo que es opcional.',
				bg: 'Прочетете го заедно, на език, който разбирате. Можете да задавате въпроси, да помислите и да откажете всичко, което не е задължително.',
			},
			fields: [
				organisationField(),
				caseCodeField(),
				{
					id: 'language-used',
					kind: 'text',
					maxLength: 60,
					privacy: 'aggregate',
					label: { en: 'Language used to explain it', it: 'Lingua usata per spiegarlo', es: 'Idioma usado para explicarlo', bg: 'Език, на който е обяснено' },
					help: {
						en: 'The language she understands best.',
						it: 'La lingua che capisce meglio.',
						es: 'El idioma que mejor entiende.',
						bg: 'Езикът, който тя разбира най-добре.',
					},
				},
			],
		},
		{
			id: 'what',
			title: { en: 'What we write down', it: 'Che cosa scriviamo', es: 'Qué anotamos', bg: 'Какво записваме' },
			intro: {
				en: 'A code instead of your name. Your education, work, skills and languages. Your needs and goals. The services you use and how they go. Your answers to our surveys. We write about your health, your legal situation or your past only when a service needs it, and only with your agreement.',
				it: 'Un codice al posto del tuo nome. Studi, lavoro, competenze e lingue. I tuoi bisogni e obiettivi. I servizi che usi e come vanno. Le tue risposte ai nostri questionari. Scriviamo della tua salute, della tua situazione legale o del tuo passato solo quando serve a un servizio, e solo se sei d’accordo.',
				es: 'Un código en lugar de tu nombre. Tus estudios, trabajo, competencias e idiomas. Tus necesidades y objetivos. Los servicios que usas y cómo van. Tus respuestas a nuestras encuestas. Solo anotamos algo sobre tu salud, tu situación legal o tu pasado cuando un servicio lo necesita, y solo si estás de acuerdo.',
				bg: 'Код вместо името ви. Образованието, работата, уменията и езиците ви. Нуждите и целите ви. Услугите, които ползвате, и как вървят. Отговорите ви на нашите анкети. За здравето, правното ви положение или миналото ви пишем само когато някоя услуга има нужда от това и само с ваше съгласие.',
			},
			fields: [explained('what')],
		},
		{
			id: 'why',
			title: { en: 'Why', it: 'Perché', es: 'Para qué', bg: 'Защо' },
			intro: {
				en: 'To plan and give you the support you ask for, to check with you how it is going, and to count results without names in reports to the people who fund the work.',
				it: 'Per organizzare e darti il sostegno che chiedi, per verificare con te come sta andando e per contare i risultati, senza nomi, nei resoconti a chi finanzia il lavoro.',
				es: 'Para planificar y darte el apoyo que pides, para revisar contigo cómo va y para contar los resultados, sin nombres, en los informes a quienes financian el trabajo.',
				bg: 'За да планираме и да ви дадем подкрепата, която искате, да проверяваме с вас как върви и да отчитаме резултатите без имена пред тези, които финансират работата.',
			},
			fields: [explained('why')],
		},
		{
			id: 'who',
			title: { en: 'Who sees it', it: 'Chi lo vede', es: 'Quién lo ve', bg: 'Кой го вижда' },
			intro: {
				en: 'Only the staff who work on your plan, and the mediator if you want one. Another service or an employer gets information only if you say yes below, and only what they need. Reports show numbers, never names.',
				it: 'Solo gli operatori che lavorano al tuo piano, e il mediatore se lo vuoi. Un altro servizio o un datore di lavoro riceve informazioni solo se dici di sì qui sotto, e solo quelle necessarie. I resoconti mostrano numeri, mai nomi.',
				es: 'Solo el equipo que trabaja en tu plan, y la persona mediadora si la quieres. Otro servicio o una empresa solo recibe información si dices que sí más abajo, y solo la necesaria. Los informes muestran números, nunca nombres.',
				bg: 'Само служителите, които работят по плана ви, и медиаторът, ако искате такъв. Друга служба или работодател получава информация само ако кажете „да“ по-долу, и само необходимото. Отчетите показват числа, никога имена.',
			},
			fields: [explained('who')],
		},
		{
			id: 'keeping',
			title: { en: 'How long we keep it', it: 'Per quanto tempo lo conserviamo', es: 'Cuánto tiempo lo guardamos', bg: 'Колко дълго го пазим' },
			intro: {
				en: 'Paper is kept locked away and computer files behind passwords. When the time written below ends, we destroy your file.',
				it: 'La carta è conservata sotto chiave e i file protetti da password. Quando finisce il periodo scritto qui sotto, distruggiamo il tuo fascicolo.',
				es: 'El papel se guarda bajo llave y los archivos informáticos con contraseña. Cuando termina el plazo indicado abajo, destruimos tu expediente.',
				bg: 'Хартията се пази заключена, а файловете в компютъра – с пароли. Когато изтече посоченият по-долу срок, унищожаваме досието ви.',
			},
			fields: [
				{
					id: 'retention',
					kind: 'text',
					maxLength: 160,
					required: true,
					privacy: 'aggregate',
					label: { en: 'How long the file is kept', it: 'Per quanto tempo si conserva il fascicolo', es: 'Cuánto tiempo se guarda el expediente', bg: 'Колко дълго се пази досието' },
					help: {
						en: 'The organisation writes its period here, for example the end of the project plus the time the funder requires.',
						it: "L'organizzazione indica qui il suo periodo, per esempio la fine del progetto più il tempo richiesto dal finanziatore.",
						es: 'La entidad indica aquí su plazo, por ejemplo el final del proyecto más el tiempo que exija quien financia.',
						bg: 'Организацията посочва тук своя срок, например края на проекта плюс времето, което изисква финансиращият.',
					},
				},
				explained('keeping'),
			],
		},
		{
			id: 'rights',
			title: { en: 'Your rights', it: 'I tuoi diritti', es: 'Tus derechos', bg: 'Вашите права' },
			intro: {
				en: 'The EU data-protection law (GDPR) gives you these rights. You can see what we wrote about you and get a copy. You can ask us to correct it, to delete it, or to stop or limit its use. You can ask for it in a form you can take to another service. You can complain to the data-protection authority of this country. Saying no to an optional part does not end your support.',
				it: 'La legge europea sulla protezione dei dati (GDPR) ti dà questi diritti. Puoi vedere che cosa abbiamo scritto su di te e averne una copia. Puoi chiederci di correggerlo, di cancellarlo, o di smettere o limitarne l’uso. Puoi chiederlo in una forma da portare a un altro servizio. Puoi presentare reclamo all’autorità per la protezione dei dati di questo paese. Dire di no a una parte facoltativa non interrompe il tuo sostegno.',
				es: 'La ley europea de protección de datos (RGPD) te da estos derechos. Puedes ver lo que hemos anotado sobre ti y obtener una copia. Puedes pedirnos que lo corrijamos, que lo borremos, o que dejemos de usarlo o limitemos su uso. Puedes pedirlo en un formato que puedas llevar a otro servicio. Puedes reclamar ante la autoridad de protección de datos de este país. Decir que no a una parte opcional no pone fin a tu apoyo.',
				bg: 'Европейският закон за защита на данните (ОРЗД) ви дава тези права. Можете да видите какво сме записали за вас и да получите копие. Можете да поискате да го поправим, да го изтрием или да спрем или ограничим използването му. Можете да го поискате във вид, който да занесете в друга служба. Можете да подадете жалба до органа за защита на данните в тази държава. Отказът от незадължителна част не прекратява подкрепата ви.',
			},
			fields: [explained('rights')],
		},
		{
			id: 'withdraw',
			title: { en: 'Changing your mind', it: 'Cambiare idea', es: 'Cambiar de opinión', bg: 'Ако промените решението си' },
			intro: {
				en: 'You can take back any yes at any time. Tell any member of staff, in words or in writing, in your own language. From then on we stop using your information for that purpose. Figures already counted without your name stay in reports.',
				it: 'Puoi ritirare ogni sì in qualsiasi momento. Dillo a qualsiasi operatore, a voce o per iscritto, nella tua lingua. Da quel momento smettiamo di usare le tue informazioni per quello scopo. I numeri già contati senza il tuo nome restano nei resoconti.',
				es: 'Puedes retirar cualquier sí en cualquier momento. Díselo a cualquier persona del equipo, de palabra o por escrito, en tu idioma. Desde entonces dejamos de usar tu información para ese fin. Las cifras ya contadas sin tu nombre siguen en los informes.',
				bg: 'Можете да оттеглите всяко „да“ по всяко време. Кажете на който и да е служител, устно или писмено, на своя език. Оттогава спираме да използваме информацията ви за тази цел. Числата, вече отчетени без името ви, остават в отчетите.',
			},
			fields: [
				{
					id: 'data-contact',
					kind: 'text',
					maxLength: 200,
					required: true,
					privacy: 'aggregate',
					label: { en: 'Who to contact about your data', it: 'Chi contattare per i tuoi dati', es: 'A quién contactar sobre tus datos', bg: 'С кого да се свържете за данните си' },
					help: {
						en: 'A role, a phone number or an e-mail address at the organisation.',
						it: "Un ruolo, un numero di telefono o un indirizzo e-mail dell'organizzazione.",
						es: 'Un cargo, un teléfono o un correo electrónico de la entidad.',
						bg: 'Длъжност, телефон или имейл адрес в организацията.',
					},
				},
				explained('withdraw'),
			],
		},
		{
			id: 'choices',
			title: { en: 'What you agree to', it: 'Che cosa accetti', es: 'Qué aceptas', bg: 'С какво сте съгласна' },
			intro: {
				en: 'Tick only what you agree to. Only the first box is needed to plan your support.',
				it: 'Spunta solo ciò che accetti. Per organizzare il tuo sostegno serve solo la prima casella.',
				es: 'Marca solo lo que aceptas. Para organizar tu apoyo solo hace falta la primera casilla.',
				bg: 'Отбележете само това, с което сте съгласна. За планиране на подкрепата е нужно само първото квадратче.',
			},
			fields: [
				agree(
					'consent-plan',
					{
						en: 'I agree that my information is written down to plan and give my support',
						it: 'Accetto che le mie informazioni siano scritte per organizzare e darmi sostegno',
						es: 'Acepto que se anote mi información para planificar y darme apoyo',
						bg: 'Съгласна съм информацията ми да се записва, за да се планира и предоставя подкрепата ми',
					},
					{
						en: 'Needed for the plan.',
						it: 'Necessario per il piano.',
						es: 'Necesario para el plan.',
						bg: 'Необходимо за плана.',
					},
					true,
				),
				agree(
					'consent-share',
					{
						en: 'I agree that the services named below receive what they need to help me',
						it: 'Accetto che i servizi indicati qui sotto ricevano ciò che serve per aiutarmi',
						es: 'Acepto que los servicios indicados abajo reciban lo necesario para ayudarme',
						bg: 'Съгласна съм посочените по-долу служби да получат необходимото, за да ми помогнат',
					},
					{
						en: 'Optional. For example a training centre or an employer offering an internship.',
						it: "Facoltativo. Per esempio un centro di formazione o un'azienda che offre un tirocinio.",
						es: 'Opcional. Por ejemplo un centro de formación o una empresa que ofrece prácticas.',
						bg: 'По желание. Например учебен център или работодател, който предлага стаж.',
					},
				),
				{
					id: 'share-with',
					kind: 'textarea',
					lines: 2,
					privacy: 'sensitive',
					label: { en: 'Services that may receive information', it: 'Servizi che possono ricevere informazioni', es: 'Servicios que pueden recibir información', bg: 'Служби, които могат да получат информация' },
					help: {
						en: 'Name each one and what it may receive.',
						it: 'Indicate ciascuno e che cosa può ricevere.',
						es: 'Indicad cada uno y qué puede recibir.',
						bg: 'Посочете всяка служба и какво може да получи.',
					},
				},
				agree(
					'consent-quotes',
					{
						en: 'My words may be quoted in reports without my name',
						it: 'Le mie parole possono essere citate nei resoconti senza il mio nome',
						es: 'Mis palabras pueden citarse en informes sin mi nombre',
						bg: 'Думите ми могат да се цитират в отчети без името ми',
					},
					{
						en: 'Optional. Nothing that could identify you is quoted.',
						it: 'Facoltativo. Non si cita nulla che possa identificarti.',
						es: 'Opcional. No se cita nada que pueda identificarte.',
						bg: 'По желание. Не се цитира нищо, по което може да бъдете разпозната.',
					},
				),
				agree(
					'consent-follow-up',
					{
						en: 'You may contact me after my plan ends to ask how I am doing',
						it: 'Potete contattarmi dopo la fine del piano per sapere come sto',
						es: 'Podéis contactarme cuando termine mi plan para saber cómo estoy',
						bg: 'Можете да се свържете с мен след края на плана, за да попитате как съм',
					},
					{
						en: 'Optional. Agree how, so that contact is safe for you.',
						it: 'Facoltativo. Concordate come, perché il contatto sia sicuro per te.',
						es: 'Opcional. Acordad cómo, para que el contacto sea seguro para ti.',
						bg: 'По желание. Договорете как, за да е безопасна връзката за вас.',
					},
				),
			],
		},
		{
			id: 'signatures',
			title: { en: 'Signatures', it: 'Firme', es: 'Firmas', bg: 'Подписи' },
			intro: {
				en: 'Names appear only on this page. It is kept with your file and never copied into reports.',
				it: 'I nomi compaiono solo in questa pagina. Resta nel tuo fascicolo e non viene mai copiata nei resoconti.',
				es: 'Los nombres solo aparecen en esta página. Se guarda en tu expediente y nunca se copia en informes.',
				bg: 'Имената се пишат само на тази страница. Тя се пази в досието ви и никога не се копира в отчети.',
			},
			fields: [
				{
					id: 'beneficiary-name',
					kind: 'text',
					maxLength: 120,
					privacy: 'identifying',
					label: { en: 'Your name and signature', it: 'Il tuo nome e la tua firma', es: 'Tu nombre y tu firma', bg: 'Вашето име и подпис' },
					help: {
						en: 'Write or sign it yourself.',
						it: 'Scrivilo o firmalo tu stessa.',
						es: 'Escríbelo o fírmalo tú misma.',
						bg: 'Напишете го или се подпишете сама.',
					},
				},
				{
					id: 'practitioner-name',
					kind: 'text',
					maxLength: 120,
					privacy: 'identifying',
					label: { en: 'Staff member: name and signature', it: 'Operatore: nome e firma', es: 'Profesional: nombre y firma', bg: 'Служител: име и подпис' },
					help: {
						en: 'The person who explained this form.',
						it: 'La persona che ha spiegato questo modulo.',
						es: 'La persona que explicó este formulario.',
						bg: 'Лицето, което обясни формуляра.',
					},
				},
				{
					id: 'mediator-name',
					kind: 'text',
					maxLength: 120,
					privacy: 'identifying',
					label: { en: 'Mediator: name and signature', it: 'Mediatore: nome e firma', es: 'Mediación: nombre y firma', bg: 'Медиатор: име и подпис' },
					help: {
						en: 'Only if a mediator translated or explained it.',
						it: 'Solo se un mediatore lo ha tradotto o spiegato.',
						es: 'Solo si una persona mediadora lo tradujo o lo explicó.',
						bg: 'Само ако медиатор го е превел или обяснил.',
					},
				},
				{
					id: 'consent-date',
					kind: 'date',
					required: true,
					privacy: 'aggregate',
					label: { en: 'Date', it: 'Data', es: 'Fecha', bg: 'Дата' },
					help: {
						en: 'The day you signed.',
						it: 'Il giorno della firma.',
						es: 'El día de la firma.',
						bg: 'Денят на подписване.',
					},
				},
			],
		},
	],
	examples: [
		{
			name: 'complete',
			description: 'Every part explained and every consent given, in Spanish.',
			values: {
				organisation: 'AMIGA por los Derechos Humanos de las Mujeres',
				'case-code': 'ES-2020-02',
				'language-used': 'Español',
				'explained-what': true,
				'explained-why': true,
				'explained-who': true,
				retention: 'Hasta el final del proyecto y el plazo que exija la entidad financiadora',
				'explained-keeping': true,
				'explained-rights': true,
				'data-contact': 'Trabajadora social de referencia, protecciondatos@example.org',
				'explained-withdraw': true,
				'consent-plan': true,
				'consent-share': true,
				'share-with': 'Centro de formación del curso sociosanitario: nombre y asistencia.',
				'consent-quotes': true,
				'consent-follow-up': false,
				'beneficiary-name': 'Lucía Peñalver',
				'practitioner-name': 'Begoña Ibáñez',
				'consent-date': '2020-01-20',
			},
		},
		{
			name: 'bulgarian-with-mediator',
			description: 'Explained in Farsi with a mediator; names in Cyrillic.',
			values: {
				organisation: 'Фондация „Асоциация Анимус“',
				'case-code': 'BG-2021-03',
				'language-used': 'фарси',
				'explained-what': true,
				'explained-who': true,
				retention: 'До края на проекта и срока, изискван от донора',
				'data-contact': 'Социален работник, тел. +359 2 000 00 00',
				'consent-plan': true,
				'consent-share': false,
				'beneficiary-name': 'Мариам Резаи',
				'mediator-name': 'Шахла Ахмадова',
				'consent-date': '2021-02-15',
			},
		},
	],
});
