/**
 * Satisfaction survey for the women, asked in an interview halfway through and at the end of
 * the PIP. It asks exactly the questions whose answers the source document reports, on the same
 * scales, with the shared ids of `src/schemas/surveys.ts` as field ids and option values, so
 * filled surveys aggregate into the report's tables.
 */
import { defineTemplate, type FieldInput } from '../schema.ts';
import { caseCodeField, countryField } from '../common.ts';
import { beneficiaryQuestions, beneficiaryOpenQuestions, type BeneficiaryQuestionId } from '../../src/schemas/surveys.ts';
import type { LocalizedText } from '../../src/schemas/common.ts';

const questionText: Record<BeneficiaryQuestionId, { label: LocalizedText; help: LocalizedText }> = {
	'understood-proposal': {
		label: {
			en: 'In the interviews, did you understand what we proposed to you?',
			it: 'Nei colloqui, hai capito che cosa ti abbiamo proposto?',
			es: 'En las entrevistas, ¿entendiste lo que te propusimos?',
			bg: 'Разбра ли по време на разговорите какво ти предложихме?',
		},
		help: {
			en: 'About the interviews where the plan was discussed.',
			it: 'Riguarda i colloqui in cui si è parlato del piano.',
			es: 'Sobre las entrevistas en las que se habló del plan.',
			bg: 'За разговорите, в които обсъждахме плана.',
		},
	},
	'interviews-useful': {
		label: {
			en: 'Were the interviews useful to you?',
			it: 'I colloqui ti sono stati utili?',
			es: '¿Te resultaron útiles las entrevistas?',
			bg: 'Бяха ли ти полезни разговорите?',
		},
		help: {
			en: 'Her own view, in her words if she adds any.',
			it: 'Il suo parere, con le sue parole se ne aggiunge.',
			es: 'Su propia opinión, con sus palabras si añade alguna.',
			bg: 'Нейното мнение, с нейни думи, ако добави нещо.',
		},
	},
	'felt-comfortable': {
		label: {
			en: 'Did you feel at ease in the interviews?',
			it: 'Ti sei sentita a tuo agio nei colloqui?',
			es: '¿Te sentiste cómoda en las entrevistas?',
			bg: 'Чувстваше ли се спокойно по време на разговорите?',
		},
		help: {
			en: 'If she says no, ask what would help, and note it under comments.',
			it: 'Se risponde di no, chiedete che cosa aiuterebbe e annotatelo nei commenti.',
			es: 'Si dice que no, preguntad qué ayudaría y anotadlo en comentarios.',
			bg: 'Ако отговори „не“, попитайте какво би помогнало и го запишете в коментарите.',
		},
	},
	'pip-focused-goals': {
		label: {
			en: 'Did your plan (PIP) help you to set your own goals?',
			it: 'Il tuo piano (PIP) ti ha aiutata a mettere a fuoco i tuoi obiettivi?',
			es: '¿Tu plan (PIP) te ayudó a definir tus propios objetivos?',
			bg: 'Помогна ли ти планът (ПИП) да определиш собствените си цели?',
		},
		help: {
			en: 'PIP: Personal Integration Plan, the plan agreed with her.',
			it: 'PIP: Piano di Integrazione Personale, il piano concordato con lei.',
			es: 'PIP: Plan de Integración Personal, el plan acordado con ella.',
			bg: 'ПИП: Персонален план за интеграция, договорен с нея.',
		},
	},
	'goals-reached': {
		label: {
			en: 'Of the goals you agreed, how many do you think you have reached?',
			it: 'Degli obiettivi concordati, quanti pensi di aver raggiunto?',
			es: 'De los objetivos acordados, ¿cuántos crees que has alcanzado?',
			bg: 'Колко от договорените цели смяташ, че си постигнала?',
		},
		help: {
			en: 'Her own view; the plan itself records what was done.',
			it: 'Il suo parere; il piano registra già che cosa è stato fatto.',
			es: 'Su propia opinión; el plan ya registra lo que se hizo.',
			bg: 'Нейното мнение; какво е направено, е записано в самия план.',
		},
	},
	'service-skills-assessment': {
		label: { en: 'Skills assessment', it: 'Bilancio delle competenze', es: 'Evaluación de competencias', bg: 'Оценка на уменията' },
		help: {
			en: 'The interviews about her education, work and skills.',
			it: 'I colloqui su istruzione, lavoro e competenze.',
			es: 'Las entrevistas sobre su formación, trabajo y competencias.',
			bg: 'Разговорите за образованието, работата и уменията ѝ.',
		},
	},
	'service-laboratories': {
		label: { en: 'Laboratories', it: 'Laboratori', es: 'Talleres', bg: 'Работилници' },
		help: {
			en: 'Creative and practical group workshops. Leave blank if none were offered.',
			it: 'Laboratori creativi e pratici di gruppo. Lasciate vuoto se non sono stati offerti.',
			es: 'Talleres creativos y prácticos en grupo. Dejad en blanco si no se ofrecieron.',
			bg: 'Творчески и практически групови работилници. Оставете празно, ако не е имало.',
		},
	},
	'service-educational-support': {
		label: { en: 'Educational support', it: 'Supporto educativo', es: 'Apoyo educativo', bg: 'Образователна подкрепа' },
		help: {
			en: 'Support from educators to follow the plan. Leave blank if not offered.',
			it: 'Il sostegno degli educatori nel seguire il piano. Lasciate vuoto se non offerto.',
			es: 'El apoyo de educadoras para seguir el plan. Dejad en blanco si no se ofreció.',
			bg: 'Подкрепа от педагози при изпълнението на плана. Оставете празно, ако не е предлагана.',
		},
	},
	'service-social-support': {
		label: { en: 'Social support', it: 'Supporto sociale', es: 'Apoyo social', bg: 'Социална подкрепа' },
		help: {
			en: 'Leave blank if another organisation provides it and it was not offered here.',
			it: "Lasciate vuoto se lo fornisce un'altra organizzazione e qui non è stato offerto.",
			es: 'Dejad en blanco si lo presta otra entidad y aquí no se ofreció.',
			bg: 'Оставете празно, ако я предоставя друга организация и тук не е предлагана.',
		},
	},
	'service-legal-support': {
		label: { en: 'Legal support', it: 'Supporto legale', es: 'Apoyo jurídico', bg: 'Правна подкрепа' },
		help: {
			en: 'Advice or help with permits, complaints and rights. Leave blank if not offered.',
			it: 'Consulenza o aiuto su permessi, denunce e diritti. Lasciate vuoto se non offerto.',
			es: 'Asesoría o ayuda con permisos, denuncias y derechos. Dejad en blanco si no se ofreció.',
			bg: 'Съвети или помощ за разрешения, сигнали и права. Оставете празно, ако не е предлагана.',
		},
	},
	'service-psychological-support': {
		label: { en: 'Psychological support', it: 'Supporto psicologico', es: 'Apoyo psicológico', bg: 'Психологическа подкрепа' },
		help: {
			en: '"No answer" is a valid reply: she may prefer not to say.',
			it: '«Nessuna risposta» è una risposta valida: può preferire non dirlo.',
			es: '«Sin respuesta» es una respuesta válida: puede preferir no decirlo.',
			bg: '„Без отговор“ е допустим отговор: тя може да предпочете да не казва.',
		},
	},
	'service-employment': {
		label: { en: 'Employment services', it: 'Servizi per il lavoro', es: 'Servicios de empleo', bg: 'Услуги по заетост' },
		help: {
			en: 'CV, job search, interviews, internships. Leave blank if not offered.',
			it: 'CV, ricerca di lavoro, colloqui, tirocini. Lasciate vuoto se non offerti.',
			es: 'CV, búsqueda de empleo, entrevistas, prácticas. Dejad en blanco si no se ofrecieron.',
			bg: 'Автобиография, търсене на работа, интервюта, стажове. Оставете празно, ако не са предлагани.',
		},
	},
	'service-training': {
		label: { en: 'Training services', it: 'Servizi di formazione', es: 'Servicios de formación', bg: 'Услуги за обучение' },
		help: {
			en: 'The courses she attended. Leave blank if not asked.',
			it: 'I corsi che ha frequentato. Lasciate vuoto se non è stato chiesto.',
			es: 'Los cursos a los que asistió. Dejad en blanco si no se preguntó.',
			bg: 'Курсовете, които е посещавала. Оставете празно, ако не е питано.',
		},
	},
	recommend: {
		label: {
			en: 'Would you recommend this project to a friend?',
			it: 'Consiglieresti questo progetto a un’amica?',
			es: '¿Recomendarías este proyecto a una amiga?',
			bg: 'Би ли препоръчала този проект на приятелка?',
		},
		help: {
			en: 'Yes or no.',
			it: 'Sì o no.',
			es: 'Sí o no.',
			bg: 'Да или не.',
		},
	},
};

const openText: Record<(typeof beneficiaryOpenQuestions)[number], { label: LocalizedText; help: LocalizedText; lines: number }> = {
	interests: {
		lines: 4,
		label: {
			en: 'Is there anything in particular that interests you?',
			it: "C'è qualcosa in particolare che ti interessa?",
			es: '¿Hay algo en particular que te interese?',
			bg: 'Има ли нещо, което особено те интересува?',
		},
		help: {
			en: 'Courses, jobs, activities: write her answer as she gives it.',
			it: 'Corsi, lavori, attività: scrivete la risposta come la dà lei.',
			es: 'Cursos, empleos, actividades: escribid la respuesta tal como la da.',
			bg: 'Курсове, работа, дейности: запишете отговора както го казва тя.',
		},
	},
	'missing-or-different': {
		lines: 4,
		label: {
			en: 'Is anything missing, or would you do something differently?',
			it: 'Manca qualcosa, o faresti qualcosa in modo diverso?',
			es: '¿Falta algo, o harías algo de otra manera?',
			bg: 'Липсва ли нещо, или би направила нещо по различен начин?',
		},
		help: {
			en: 'What she missed and what she did not like both count.',
			it: 'Contano sia ciò che le è mancato sia ciò che non le è piaciuto.',
			es: 'Cuentan tanto lo que echó en falta como lo que no le gustó.',
			bg: 'Важно е и какво ѝ е липсвало, и какво не ѝ е харесало.',
		},
	},
	comments: {
		lines: 5,
		label: { en: 'Comments', it: 'Commenti', es: 'Comentarios', bg: 'Коментари' },
		help: {
			en: 'Anything else she wants to say. Quote her if she agrees.',
			it: 'Tutto ciò che vuole aggiungere. Citatela se è d’accordo.',
			es: 'Todo lo que quiera añadir. Citadla si está de acuerdo.',
			bg: 'Всичко друго, което иска да каже. Цитирайте я, ако е съгласна.',
		},
	},
};

const question = (id: BeneficiaryQuestionId): FieldInput => {
	const q = beneficiaryQuestions.find((x) => x.id === id)!;
	return { id, kind: 'rating', scale: q.scale, privacy: 'aggregate', ...questionText[id] };
};
const ids = beneficiaryQuestions.map((q) => q.id);

export default defineTemplate({
	id: 'beneficiary-satisfaction',
	version: '1.0.0',
	title: {
		en: 'Satisfaction survey for the women',
		it: 'Questionario di soddisfazione per le donne',
		es: 'Encuesta de satisfacción para las mujeres',
		bg: 'Анкета за удовлетвореността на жените',
	},
	purpose: {
		en: 'Asks each woman, halfway through her plan and at the end, how she found the interviews, her plan and each service. Filled surveys add up to the same tables as the WIN results.',
		it: 'Chiede a ogni donna, a metà del suo piano e alla fine, come ha trovato i colloqui, il piano e ciascun servizio. I questionari compilati si sommano nelle stesse tabelle dei risultati di WIN.',
		es: 'Pregunta a cada mujer, a mitad de su plan y al final, qué le parecieron las entrevistas, su plan y cada servicio. Las encuestas rellenadas se suman en las mismas tablas que los resultados de WIN.',
		bg: 'Пита всяка жена по средата на плана ѝ и в края му как е намерила разговорите, плана си и всяка услуга. Попълнените анкети се сумират в същите таблици като резултатите на WIN.',
	},
	whenUsed: {
		en: 'Twice for each woman: halfway through her Personal Integration Plan and when it ends, in an individual interview.',
		it: 'Due volte per ogni donna: a metà del Piano di Integrazione Personale e alla sua conclusione, in un colloquio individuale.',
		es: 'Dos veces con cada mujer: a mitad de su Plan de Integración Personal y al terminarlo, en una entrevista individual.',
		bg: 'Два пъти за всяка жена: по средата на персоналния ѝ план за интеграция и в края му, в индивидуален разговор.',
	},
	filledBy: {
		en: 'A staff member who did not deliver the services asks the questions and writes down her answers, with a cultural mediator if she prefers.',
		it: "Un operatore che non ha erogato i servizi pone le domande e trascrive le risposte, con un mediatore culturale se lei lo preferisce.",
		es: 'Una persona del equipo que no prestó los servicios hace las preguntas y anota sus respuestas, con mediación cultural si ella lo prefiere.',
		bg: 'Служител, който не е предоставял услугите, задава въпросите и записва отговорите ѝ, с културен медиатор, ако тя предпочита.',
	},
	step: 'feedback',
	alsoUsedIn: ['monitor'],
	sections: [
		{
			id: 'about',
			title: { en: 'About this survey', it: 'Informazioni sul questionario', es: 'Sobre esta encuesta', bg: 'За анкетата' },
			intro: {
				en: 'Answers are anonymous in every report. She can skip any question.',
				it: 'In ogni resoconto le risposte sono anonime. Può saltare qualsiasi domanda.',
				es: 'En todos los informes las respuestas son anónimas. Puede saltarse cualquier pregunta.',
				bg: 'Във всеки отчет отговорите са анонимни. Тя може да пропусне всеки въпрос.',
			},
			fields: [
				{
					id: 'stage',
					kind: 'choice',
					required: true,
					privacy: 'aggregate',
					label: { en: 'Stage of the plan', it: 'Fase del piano', es: 'Momento del plan', bg: 'Етап на плана' },
					help: {
						en: 'Halfway through the plan, or at its end.',
						it: 'A metà del piano o alla sua conclusione.',
						es: 'A mitad del plan o al terminarlo.',
						bg: 'По средата на плана или в края му.',
					},
					options: [
						{ id: 'halfway', label: { en: 'Halfway', it: 'A metà', es: 'A mitad', bg: 'По средата' } },
						{ id: 'end', label: { en: 'End', it: 'Alla fine', es: 'Al final', bg: 'В края' } },
					],
				},
				countryField(),
				caseCodeField(),
				{
					id: 'survey-date',
					kind: 'date',
					privacy: 'aggregate',
					label: { en: 'Date of the interview', it: 'Data del colloquio', es: 'Fecha de la entrevista', bg: 'Дата на разговора' },
					help: {
						en: 'The day the questions were asked.',
						it: 'Il giorno in cui sono state poste le domande.',
						es: 'El día en que se hicieron las preguntas.',
						bg: 'Денят, в който бяха зададени въпросите.',
					},
				},
			],
		},
		{
			id: 'interviews-and-plan',
			title: { en: 'The interviews and your plan', it: 'I colloqui e il tuo piano', es: 'Las entrevistas y tu plan', bg: 'Разговорите и твоят план' },
			fields: ids.slice(0, 5).map(question),
		},
		{
			id: 'services',
			title: {
				en: 'How satisfied are you with these services?',
				it: 'Quanto sei soddisfatta di questi servizi?',
				es: '¿Cómo de satisfecha estás con estos servicios?',
				bg: 'Доколко си доволна от тези услуги?',
			},
			intro: {
				en: 'Leave a row blank when the service was not offered or not asked about: a blank is not the same as "No answer".',
				it: 'Lasciate vuota una riga se il servizio non è stato offerto o non è stato chiesto: il vuoto non equivale a «Nessuna risposta».',
				es: 'Dejad una fila en blanco si el servicio no se ofreció o no se preguntó: el blanco no equivale a «Sin respuesta».',
				bg: 'Оставете реда празен, ако услугата не е предлагана или не е питано за нея: празното поле не е същото като „Без отговор“.',
			},
			fields: ids.slice(5, 13).map(question),
		},
		{
			id: 'your-views',
			title: { en: 'Your views', it: 'Il tuo parere', es: 'Tu opinión', bg: 'Твоето мнение' },
			fields: [
				question('recommend'),
				...beneficiaryOpenQuestions.map(
					(id): FieldInput => ({ id, kind: 'textarea', privacy: 'sensitive', lines: openText[id].lines, label: openText[id].label, help: openText[id].help }),
				),
			],
		},
	],
	examples: [
		{
			name: 'halfway-italy',
			description: 'A halfway survey from Italy with every question answered.',
			values: {
				stage: 'halfway',
				country: 'it',
				'case-code': 'IT-2020-07',
				'survey-date': '2020-11-12',
				'understood-proposal': 'yes',
				'interviews-useful': 'yes',
				'felt-comfortable': 'partly',
				'pip-focused-goals': 'yes',
				'goals-reached': 'some',
				'service-skills-assessment': 'good',
				'service-laboratories': 'sufficient',
				'service-educational-support': 'good',
				'service-social-support': 'no-response',
				'service-legal-support': 'good',
				'service-psychological-support': 'insufficient',
				'service-employment': 'good',
				'service-training': 'sufficient',
				recommend: 'yes',
				interests: 'Computer course, safety in the workplace course; an internship in a kitchen.',
				'missing-or-different': 'Lessons were too long. I would like another computer course.',
				comments: 'The staff are kind and the courses help me. Thanks to the teachers.',
			},
		},
		{
			name: 'end-bulgaria',
			description: 'An end survey from Bulgaria with Bulgarian answers; services not asked are left out.',
			values: {
				stage: 'end',
				country: 'bg',
				'case-code': 'BG-21-ЖК',
				'understood-proposal': 'yes',
				'interviews-useful': 'yes',
				'felt-comfortable': 'yes',
				'pip-focused-goals': 'yes',
				'goals-reached': 'all',
				'service-educational-support': 'good',
				'service-social-support': 'sufficient',
				'service-legal-support': 'good',
				'service-psychological-support': 'good',
				'service-employment': 'sufficient',
				'service-training': 'good',
				recommend: 'yes',
				interests: 'Професионално обучение за фризьорка; по-добър български език, за да уча в университет.',
				'missing-or-different': 'Повече срещи на живо; повече време за проекта.',
				comments: 'Благодаря за всичко! Проектът ми даде избор за работа и личностно развитие — „щастлива съм“.',
			},
		},
		{
			name: 'minimal',
			description: 'Only the required fields.',
			values: { stage: 'end', country: 'es', 'case-code': 'ES-04' },
		},
	],
});
