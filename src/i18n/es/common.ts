import { str } from '@lit/localize';
import type { LocaleTemplates } from '../templates.js';

/** Spanish strings shared by every widget (ids start with `common.` or `error.`). */
export const common: LocaleTemplates = {
  'common.loading': 'Cargando…',
  'common.retry': 'Intentar de nuevo',
  'common.close': 'Cerrar',
  'common.back': 'Volver',
  'common.cancel': 'Cancelar',
  'common.save': 'Guardar',
  'common.search': 'Buscar',
  'common.loadMore': 'Ver más',
  'common.opensInNewTab': '(se abre en una pestaña nueva)',
  'common.notConfigured': 'Esta sección todavía no está conectada a su clínica.',
  'common.warnings': 'Algunos datos no se pudieron mostrar:',
  'common.page': str`Página ${0}`,
  'error.title': 'No pudimos cargar esta información',
  'error.network': 'No pudimos conectarnos con el servidor. Revise su conexión e intente de nuevo.',
  'error.offline': 'Parece que no tiene conexión. Lo que escribió se guarda aquí; intente de nuevo cuando vuelva a estar en línea.',
  'error.timeout': 'El servidor tardó demasiado en responder. Intente de nuevo.',
  'error.auth': 'Su sesión terminó. Vuelva a iniciar sesión.',
  'error.forbidden': 'No tiene acceso a esta información. Si cree que es un error, comuníquese con su clínica.',
  'error.not-found': 'No encontramos esto. Puede que lo hayan movido o eliminado.',
  'error.invalid': 'Parte de la información no se pudo aceptar. Revísela e intente de nuevo.',
  'error.conflict': 'Esto cambió mientras lo veía. Actualice la página e intente de nuevo.',
  'error.server': 'Algo salió mal de nuestro lado. Intente de nuevo en unos minutos.',
  'error.unsupported': 'Su clínica no ofrece esto en línea.',
};
