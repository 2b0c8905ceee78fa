/**
 * Satisfaction survey for participants of awareness-raising events (businesses, training and
 * job services, trade unions, other organisations). Anonymous; the sector ids are the shared
 * `stakeholderSectors` of `src/schemas/surveys.ts`.
 */
import { defineTemplate } from '../schema.ts';
import { countryField } from '../common.ts';
import { stakeholderSectors } from '../../src/schemas/surveys.ts';
import type { LocalizedText } from '../../src/schemas/common.ts';

const sectorLabels: Record<(typeof stakeholderSectors)[number], LocalizedText> = {
	business: { en: 'Business', it: 'Impresa', es: 'Empresa', bg: 'Бизнес' },
	companies: { en: 'Company', it: 'Azienda', es: 'Compañía', bg: 'Фирма' },
	'training-providers': { en: 'Training provider', it: 'Ente di formazione', es: 'Entidad de formación', bg: 'Доставчик на обучение' },
	'third-sector': { en: 'Third-sector organisation', it: 'Organizzazione del terzo settore', es: 'Organización del tercer sector', bg: 'Организация от третия сектор' },
	'social-entities': { en: 'Social organisation', it: 'Ente sociale', es: 'Entidad social', bg: 'Социална организация' },
	'employment-agencies': { en: 'Employment agency', it: 'Agenzia per il lavoro', es: 'Agencia de empleo', bg: 'Агенция по заетостта' },
	'job-placement-services': { en: 'Job placement or guidance service', it: 'Servizio di inserimento o orientamento', es: 'Servicio de inserción u orientación laboral', bg: 'Услуга за намиране на работа или ориентиране' },
	'temporary-agency': { en: 'Temporary work agency', it: 'Agenzia interinale', es: 'Empresa de trabajo temporal', bg: 'Агенция за временна работа' },
	freelancers: { en: 'Freelancer', it: 'Libero professionista', es: 'Profesional autónomo', bg: 'Свободна професия' },
	legal: { en: 'Legal profession', it: 'Professione legale', es: 'Ámbito jurídico', bg: 'Юридическа професия' },
	'public-institution': { en: 'Public institution', it: 'Istituzione pubblica', es: 'Institución pública', bg: 'Публична институция' },
	other: { en: 'Other', it: 'Altro', es: 'Otro', bg: 'Друго' },
	'not-declared': { en: 'Prefer not to say', it: 'Preferisco non dirlo', es: 'Prefiero no decirlo', bg: 'Предпочитам да не казвам' },
};

export default defineTemplate({
	id: 'stakeholder-satisfaction',
	version: '1.0.0',
	title: {
		en: 'Feedback form for awareness events',
		it: 'Questionario per gli eventi di sensibilizzazione',
		es: 'Cuestionario para los actos de sensibilización',
		bg: 'Анкета за информационните събития',
	},
	purpose: {
		en: 'Asks the people who attended an awareness-raising event which sector they work in, how useful they found it, what they knew about trafficking before and after, and how they could support women’s integration.',
		it: 'Chiede a chi ha partecipato a un evento di sensibilizzazione in che settore lavora, quanto lo ha trovato utile, che cosa sapeva della tratta prima e dopo, e come può sostenere l’inserimento delle donne.',
		es: 'Pregunta a quienes asistieron a un acto de sensibilización en qué sector trabajan, qué utilidad le vieron, qué sabían de la trata antes y después, y cómo pueden apoyar la inserción de las mujeres.',
		bg: 'Пита участниците в информационно събитие в какъв сектор работят, колко полезно им е било, какво са знаели за трафика преди и след него и как могат да подкрепят интеграцията на жените.',
	},
	whenUsed: {
		en: 'At the end of each event for employers, training and job services, trade unions and professional associations, online or on paper.',
		it: 'Alla fine di ogni evento per imprese, servizi di formazione e lavoro, sindacati e associazioni professionali, online o su carta.',
		es: 'Al final de cada acto para empresas, servicios de formación y empleo, sindicatos y asociaciones profesionales, en línea o en papel.',
		bg: 'В края на всяко събитие за работодатели, услуги за обучение и заетост, синдикати и професионални сдружения, онлайн или на хартия.',
	},
	filledBy: {
		en: 'Each participant, anonymously. A contact address is asked only of those who want more information.',
		it: 'Ogni partecipante, in forma anonima. Si chiede un contatto solo a chi desidera altre informazioni.',
		es: 'Cada participante, de forma anónima. Solo se pide un contacto a quien quiera más información.',
		bg: 'Всеки участник, анонимно. Адрес за връзка се иска само от желаещите повече информация.',
	},
	step: 'engage-employers',
	sections: [
		{
			id: 'event',
			title: { en: 'The event', it: "L'evento", es: 'El acto', bg: 'Събитието' },
			fields: [
				{
					id: 'event-title',
					kind: 'text',
					maxLength: 160,
					privacy: 'aggregate',
					label: { en: 'Name of the event', it: "Nome dell'evento", es: 'Nombre del acto', bg: 'Име на събитието' },
					help: {
						en: 'As written on the invitation.',
						it: "Come scritto nell'invito.",
						es: 'Tal como figura en la invitación.',
						bg: 'Както е написано в поканата.',
					},
				},
				{
					id: 'event-date',
					kind: 'date',
					required: true,
					privacy: 'aggregate',
					label: { en: 'Date of the event', it: "Data dell'evento", es: 'Fecha del acto', bg: 'Дата на събитието' },
					help: {
						en: 'The day it took place.',
						it: 'Il giorno in cui si è svolto.',
						es: 'El día en que se celebró.',
						bg: 'Денят, в който се проведе.',
					},
				},
				countryField(),
				{
					id: 'event-format',
					kind: 'choice',
					privacy: 'aggregate',
					label: { en: 'Format', it: 'Modalità', es: 'Formato', bg: 'Формат' },
					help: {
						en: 'How you took part.',
						it: 'Come avete partecipato.',
						es: 'Cómo participasteis.',
						bg: 'Как участвахте.',
					},
					options: [
						{ id: 'in-person', label: { en: 'In person', it: 'In presenza', es: 'Presencial', bg: 'Присъствено' } },
						{ id: 'online', label: { en: 'Online', it: 'Online', es: 'En línea', bg: 'Онлайн' } },
					],
				},
			],
		},
		{
			id: 'you',
			title: { en: 'About you', it: 'Chi sei', es: 'Sobre ti', bg: 'За вас' },
			fields: [
				{
					id: 'sector',
					kind: 'choice',
					required: true,
					privacy: 'aggregate',
					label: { en: 'Your sector', it: 'Il tuo settore', es: 'Tu sector', bg: 'Вашият сектор' },
					help: {
						en: 'Pick the one closest to your work.',
						it: 'Scegli quello più vicino al tuo lavoro.',
						es: 'Elige el más cercano a tu trabajo.',
						bg: 'Изберете най-близкия до работата ви.',
					},
					options: stakeholderSectors.map((id) => ({ id, label: sectorLabels[id] })),
				},
				{
					id: 'sector-other',
					kind: 'text',
					maxLength: 120,
					privacy: 'aggregate',
					label: { en: 'Other sector', it: 'Altro settore', es: 'Otro sector', bg: 'Друг сектор' },
					help: {
						en: 'If you picked "Other", say which.',
						it: 'Se hai scelto «Altro», indica quale.',
						es: 'Si elegiste «Otro», indica cuál.',
						bg: 'Ако сте избрали „Друго“, посочете какво.',
					},
				},
			],
		},
		{
			id: 'rating',
			title: { en: 'Your view of the event', it: "Il tuo parere sull'evento", es: 'Tu opinión sobre el acto', bg: 'Мнението ви за събитието' },
			fields: [
				{
					id: 'event-interest',
					kind: 'rating',
					scale: 'interest',
					required: true,
					privacy: 'aggregate',
					label: { en: 'How interesting was the event?', it: "Quanto è stato interessante l'evento?", es: '¿Qué interés tuvo el acto para ti?', bg: 'Колко интересно беше събитието?' },
					help: {
						en: 'One answer.',
						it: 'Una sola risposta.',
						es: 'Una sola respuesta.',
						bg: 'Един отговор.',
					},
				},
				{
					id: 'most-useful',
					kind: 'textarea',
					lines: 3,
					privacy: 'aggregate',
					label: { en: 'What was most useful?', it: 'Che cosa è stato più utile?', es: '¿Qué fue lo más útil?', bg: 'Кое беше най-полезно?' },
					help: {
						en: 'A talk, a testimony, the discussion…',
						it: 'Un intervento, una testimonianza, la discussione…',
						es: 'Una ponencia, un testimonio, el debate…',
						bg: 'Изказване, лична история, дискусията…',
					},
				},
				{
					id: 'knowledge-before',
					kind: 'rating',
					scale: 'knowledge',
					required: true,
					privacy: 'aggregate',
					label: {
						en: 'How much did you know about human trafficking before the event?',
						it: "Quanto sapevi della tratta di esseri umani prima dell'evento?",
						es: '¿Cuánto sabías de la trata de seres humanos antes del acto?',
						bg: 'Колко знаехте за трафика на хора преди събитието?',
					},
					help: {
						en: 'Your honest estimate.',
						it: 'Una stima sincera.',
						es: 'Una estimación sincera.',
						bg: 'Честна преценка.',
					},
				},
				{
					id: 'knowledge-after',
					kind: 'rating',
					scale: 'knowledge',
					required: true,
					privacy: 'aggregate',
					label: {
						en: 'And how much do you know now?',
						it: 'E quanto ne sai adesso?',
						es: '¿Y cuánto sabes ahora?',
						bg: 'А колко знаете сега?',
					},
					help: {
						en: 'On the same scale.',
						it: 'Sulla stessa scala.',
						es: 'En la misma escala.',
						bg: 'По същата скала.',
					},
				},
			],
		},
		{
			id: 'support',
			title: { en: 'Support', it: 'Sostegno', es: 'Apoyo', bg: 'Подкрепа' },
			fields: [
				{
					id: 'support-offered',
					kind: 'multichoice',
					columns: 2,
					privacy: 'aggregate',
					label: {
						en: 'Would you support the integration of women who survived trafficking?',
						it: 'Sosterresti l’inserimento delle donne sopravvissute alla tratta?',
						es: '¿Apoyarías la inserción de mujeres que han sobrevivido a la trata?',
						bg: 'Бихте ли подкрепили интеграцията на жени, оцелели след трафик?',
					},
					help: {
						en: 'Tick all that you could offer.',
						it: 'Spunta tutto ciò che potresti offrire.',
						es: 'Marca todo lo que podrías ofrecer.',
						bg: 'Отбележете всичко, което бихте могли да предложите.',
					},
					options: [
						{ id: 'internships', label: { en: 'Internships', it: 'Tirocini', es: 'Prácticas', bg: 'Стажове' } },
						{ id: 'jobs', label: { en: 'Jobs', it: 'Posti di lavoro', es: 'Empleos', bg: 'Работни места' } },
						{ id: 'training', label: { en: 'Training', it: 'Formazione', es: 'Formación', bg: 'Обучение' } },
						{ id: 'spread-the-word', label: { en: 'Spreading the word', it: 'Far conoscere il progetto', es: 'Difundir el proyecto', bg: 'Разпространяване на информация' } },
						{ id: 'not-now', label: { en: 'Not at the moment', it: 'Non per ora', es: 'Por ahora no', bg: 'Не в момента' } },
					],
				},
				{
					id: 'wants-information',
					kind: 'rating',
					scale: 'yesNo',
					privacy: 'aggregate',
					label: {
						en: 'Would you like more information about the project?',
						it: 'Vorresti ricevere altre informazioni sul progetto?',
						es: '¿Te gustaría recibir más información sobre el proyecto?',
						bg: 'Бихте ли искали още информация за проекта?',
					},
					help: {
						en: 'If yes, leave a work contact below.',
						it: 'Se sì, lascia qui sotto un contatto di lavoro.',
						es: 'Si es así, deja abajo un contacto profesional.',
						bg: 'Ако да, оставете служебен контакт по-долу.',
					},
				},
				{
					id: 'contact',
					kind: 'text',
					maxLength: 160,
					privacy: 'identifying',
					label: { en: 'Work e-mail or phone', it: 'E-mail o telefono di lavoro', es: 'Correo o teléfono profesional', bg: 'Служебен имейл или телефон' },
					help: {
						en: 'Optional. Used only to send the information you asked for.',
						it: 'Facoltativo. Serve solo a inviarti le informazioni richieste.',
						es: 'Opcional. Solo se usa para enviarte la información que pediste.',
						bg: 'По желание. Използва се само за изпращане на поисканата информация.',
					},
				},
				{
					id: 'comments',
					kind: 'textarea',
					lines: 3,
					privacy: 'aggregate',
					label: { en: 'Comments', it: 'Commenti', es: 'Comentarios', bg: 'Коментари' },
					help: {
						en: 'Ideas, questions, what you would change.',
						it: 'Idee, domande, che cosa cambieresti.',
						es: 'Ideas, preguntas, qué cambiarías.',
						bg: 'Идеи, въпроси, какво бихте променили.',
					},
				},
			],
		},
	],
	examples: [
		{
			name: 'employer-italy',
			description: 'An employer at the online event in Italy.',
			values: {
				'event-title': 'Integration into the labour market of women who survived trafficking',
				'event-date': '2021-05-26',
				country: 'it',
				'event-format': 'online',
				sector: 'companies',
				'event-interest': 'very',
				'most-useful': 'The testimonies from two companies and the discussion.',
				'knowledge-before': 'little',
				'knowledge-after': 'good',
				'support-offered': ['internships', 'spread-the-word'],
				'wants-information': 'yes',
				contact: 'hr@example.org',
				comments: 'Grazie: più incontri così, anche in presenza.',
			},
		},
		{
			name: 'training-provider-bulgaria',
			description: 'A training provider in Sofia, answers in Bulgarian.',
			values: {
				'event-title': 'Скритият потенциал на жените мигранти',
				'event-date': '2021-07-01',
				country: 'bg',
				'event-format': 'in-person',
				sector: 'training-providers',
				'event-interest': 'quite',
				'knowledge-before': 'some',
				'knowledge-after': 'good',
				'support-offered': ['training'],
				'wants-information': 'no',
				comments: 'Полезни примери за добри практики при наемане на жени от трети страни.',
			},
		},
		{
			name: 'minimal',
			description: 'Only the required fields, sector not declared.',
			values: {
				'event-date': '2021-06-15',
				country: 'es',
				sector: 'not-declared',
				'event-interest': 'a-little',
				'knowledge-before': 'none',
				'knowledge-after': 'little',
			},
		},
	],
});
