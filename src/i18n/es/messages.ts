import { str } from '@lit/localize';
import type { LocaleTemplates } from '../templates.js';

/** Spanish strings for the messages widgets (ids start with `messages.`). */
export const messages: LocaleTemplates = {
  // Composer: heading, safety line and guidance
  'messages.composeHeading': 'Enviar un mensaje a su equipo de atención',
  'messages.replyHeading': 'Responder',
  'messages.notForEmergencies': str`No use los mensajes para emergencias. Llame al ${0}.`,
  'messages.guidance.summary': 'Qué enviar por mensaje',
  'messages.guidance.good': 'Sirve para preguntas que pueden esperar unos días: medicamentos, recetas, formularios, resultados de pruebas o el seguimiento después de una consulta.',
  'messages.guidance.call': 'Si tiene síntomas nuevos o que empeoran, o necesita algo hoy mismo, llame a la clínica o pida una cita.',
  'messages.guidance.tips': 'Escriba una sola pregunta por mensaje y diga desde cuándo le pasa.',
  'messages.loadError': 'No pudimos abrir el formulario para escribir el mensaje',
  'messages.replyLoadError': 'No pudimos abrir el formulario para responder',

  // Drafts and connection
  'messages.draftRestoredAt': str`Guardamos el mensaje que empezó a escribir el ${0}.`,
  'messages.draftRestored': 'Guardamos el mensaje que empezó a escribir.',
  'messages.draftSaved': str`Borrador guardado a las ${0}`,
  'messages.offline.title': 'No tiene conexión.',
  'messages.offline.body': 'Puede seguir escribiendo: su mensaje se guarda en este dispositivo. Envíelo cuando vuelva a tener conexión.',
  'messages.backOnline': 'Ya tiene conexión otra vez.',

  // Fields
  'messages.recipient.label': 'Para',
  'messages.recipient.hint': 'Elija quién debe leer su mensaje.',
  'messages.recipient.placeholder': 'Elija un equipo',
  'messages.topic.label': 'Tema (opcional)',
  'messages.topic.placeholder': 'Elija un tema',
  'messages.topic.medical-question': 'Una pregunta médica',
  'messages.topic.prescription': 'Una receta o un resurtido',
  'messages.topic.test-result': 'Un resultado de una prueba',
  'messages.topic.paperwork': 'Formularios o trámites',
  'messages.topic.billing': 'Una factura o un pago',
  'messages.topic.scheduling': 'Una cita',
  'messages.topic.other': 'Otra cosa',
  'messages.subject.label': 'Asunto',
  'messages.subject.hint': 'Unas pocas palabras, por ejemplo «Sarpullido en el brazo».',
  'messages.body.label': 'Mensaje',
  'messages.body.replyLabel': 'Su respuesta',
  'messages.body.hint': 'Cuente qué le pasa, desde cuándo y qué le gustaría que hiciéramos.',
  'messages.counter': str`${0} de ${1} caracteres`,
  'messages.counter.left': str`Quedan ${0} caracteres`,
  'messages.counter.over': str`${0} caracteres de más`,

  // Errors on fields
  'messages.error.recipient': 'Elija a quién enviar su mensaje',
  'messages.error.subject': 'Escriba un asunto',
  'messages.error.subjectLong': 'Acorte el asunto (150 caracteres como máximo)',
  'messages.error.body': 'Escriba un mensaje',
  'messages.error.bodyLong': str`Su mensaje tiene ${0} caracteres de más. Acórtelo o envíe el resto en otro mensaje.`,

  // Routing suggestions
  'messages.suggestion.billing': 'Parece una pregunta sobre facturación.',
  'messages.suggestion.refill': 'Parece una solicitud para resurtir una receta.',
  'messages.suggestion.scheduling': 'Parece una pregunta sobre una cita.',
  'messages.suggestion.question': str`¿Quiere enviarlo a ${0}? Los mensajes que llegan al equipo correcto se responden antes.`,
  'messages.suggestion.topicQuestion': str`¿Quiere cambiar el tema a «${0}»?`,
  'messages.suggestion.apply': str`Enviar a ${0}`,
  'messages.suggestion.applyTopic': 'Cambiar el tema',
  'messages.suggestion.dismiss': 'No, dejarlo como está',
  'messages.suggestion.applied': str`Su mensaje irá a ${0}.`,
  'messages.suggestion.appliedTopic': str`El tema cambió a «${0}».`,

  // Attachments
  'messages.files.legend': 'Adjuntar archivos (opcional)',
  'messages.files.hint': str`Hasta ${0} archivos: ${1}, de ${2} como máximo cada uno. Los archivos no se guardan en el borrador.`,
  'messages.files.choose': 'Elegir archivos',
  'messages.files.listLabel': 'Archivos adjuntos',
  'messages.files.remove': 'Quitar',
  'messages.file.blocked': str`No se puede adjuntar «${0}»: nunca se aceptan programas, scripts ni páginas web.`,
  'messages.file.type': str`No se puede adjuntar «${0}»: no se acepta este tipo de archivo.`,
  'messages.file.size': str`«${0}» es demasiado grande. Cada archivo debe tener ${1} o menos.`,
  'messages.file.empty': str`«${0}» está vacío.`,
  'messages.file.duplicate': str`«${0}» ya está adjunto.`,
  'messages.file.count': str`No se agregó «${0}»: puede adjuntar hasta ${1} archivos.`,

  // Urgency acknowledgement
  'messages.acknowledgeHint': 'Para enviar, primero confirme arriba que no está teniendo una emergencia.',

  // Reply expectations
  'messages.expect.sameDay': str`Su equipo de atención suele responder antes de que termine el día hábil: a más tardar el ${0}.`,
  'messages.expect.one': str`Su equipo de atención suele responder en ${0} día hábil: a más tardar el ${1}.`,
  'messages.expect.other': str`Su equipo de atención suele responder en ${0} días hábiles: a más tardar el ${1}.`,
  'messages.expect.afterHours': str`La clínica está cerrada ahora. Su mensaje se leerá a partir del ${0}.`,
  'messages.expect.answering': str`El personal médico volverá a leer los mensajes alrededor de las ${0}.`,
  'messages.expect.callSooner': str`¿Necesita una respuesta antes? Llame al ${0}.`,

  // Sending
  'messages.send': 'Enviar mensaje',
  'messages.sendReply': 'Enviar respuesta',
  'messages.sending': 'Enviando…',
  'messages.sendingStatus': 'Enviando su mensaje…',
  'messages.checking': 'Revisando su mensaje…',
  'messages.checkingStatus': 'Revisando si su mensaje describe una emergencia…',
  'messages.urgencyUnavailable.send': 'Aun así, puede enviar su mensaje.',
  'messages.sendError.title': 'Su mensaje no se ha enviado',
  'messages.sendError.offline': 'No tiene conexión. Su mensaje se guarda en este dispositivo. Intente de nuevo cuando vuelva a tener conexión.',
  'messages.sendError.kept': 'Guardamos lo que escribió.',
  'messages.retry': 'Intentar enviar de nuevo',
  'messages.sent.title': 'Mensaje enviado',
  'messages.sent.at': str`Enviado el ${0}.`,
  'messages.sent.worse': str`Si se siente peor antes de esa fecha, llame a la clínica. En una emergencia, llame al ${0}.`,
  'messages.sent.another': 'Escribir otro mensaje',
  'messages.sent.anotherReply': 'Escribir otra respuesta',

  // Inbox
  'messages.inbox.title': 'Mensajes',
  'messages.inbox.new': 'Mensaje nuevo',
  'messages.inbox.loading': 'Cargando sus mensajes…',
  'messages.inbox.error': 'No pudimos cargar sus mensajes',
  'messages.inbox.empty': 'Todavía no tiene mensajes',
  'messages.inbox.emptyDetail': 'Use «Mensaje nuevo» para hacerle a su equipo de atención una pregunta que pueda esperar unos días.',
  'messages.inbox.unreadOne': '1 conversación tiene un mensaje nuevo.',
  'messages.inbox.unreadMany': str`${0} conversaciones tienen mensajes nuevos.`,
  'messages.inbox.noneUnread': 'No hay mensajes nuevos.',
  'messages.inbox.loadMore': 'Ver más',
  'messages.inbox.loadingMore': 'Cargando más mensajes…',
  'messages.inbox.moreError': 'No pudimos cargar más mensajes',
  'messages.you': 'Usted',
  'messages.noSubject': '(Sin asunto)',
  'messages.unread': 'No leído',
  'messages.back': 'Volver a los mensajes',

  // Thread view
  'messages.thread.title': 'Conversación',
  'messages.thread.loading': 'Cargando la conversación…',
  'messages.thread.error': 'No pudimos abrir esta conversación',
  'messages.thread.with': str`Conversación con ${0}`,
  'messages.thread.list': 'Mensajes de esta conversación',
  'messages.attachments': 'Archivos adjuntos',
  'messages.readAt': str`Su equipo de atención lo leyó el ${0}`,
  'messages.download': str`Descargar ${0}`,
  'messages.noDownload': '(no se puede descargar)',
};
