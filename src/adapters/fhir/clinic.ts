/**
 * The patient's clinic: the Organization that manages the patient's CareTeam (or
 * the Patient's managingOrganization), and the policy it publishes in our
 * `clinic-policy` extension (messaging, appointments, result release).
 */
import type { MessagingPolicy, RegionalNumbers, ResultReleasePolicyInfo, NotifyChannel } from '../types.js';
import { isAboutPatient, type FhirContext } from './context.js';
import { EXT, TIMEZONE_EXTENSION } from './codes.js';
import type { CareTeam, ContactPoint, Extension, Organization, Patient, Reference } from './fhir-types.js';
import { arr, extension, isObject, parseReference, str } from './reference.js';
import { cleanText } from './text.js';

export interface ClinicInfo {
  organization?: Organization;
  careTeams: CareTeam[];
  patient?: Patient;
}

const DAY_CODES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Finds the clinic once per adapter; never throws for a missing or unreadable Organization. */
export async function loadClinic(ctx: FhirContext, organizationId?: string): Promise<ClinicInfo> {
  const [teams, patient] = await Promise.all([
    ctx.client.search<CareTeam>('CareTeam', [['patient', ctx.patientId], ['status', 'active']]).then(
      (p) => p.matches.filter((t) => t.status !== 'entered-in-error' && t.status !== 'inactive' && isAboutPatient(ctx, t.subject)),
      () => [] as CareTeam[],
    ),
    ctx.client.read<Patient>('Patient', ctx.patientId).catch(() => undefined),
  ]);
  const refs: (Reference | undefined)[] = organizationId
    ? [{ reference: `Organization/${organizationId}` }]
    : [...teams.flatMap((t) => arr<Reference>(t.managingOrganization)), patient?.managingOrganization];
  let organization: Organization | undefined;
  for (const ref of refs) {
    const p = parseReference(ref);
    if (p?.type !== 'Organization') continue;
    organization = await ctx.client.read<Organization>('Organization', p.id).catch(() => undefined);
    if (organization) break;
  }
  return { organization, careTeams: teams, patient };
}

function sub(ext: Extension | undefined, url: string): Extension[] {
  return isObject(ext) ? arr<Extension>(ext.extension).filter((e) => isObject(e) && e.url === url) : [];
}

function int(ext: Extension | undefined, url: string): number | undefined {
  const v = sub(ext, url)[0]?.valueInteger;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

function text(ext: Extension | undefined, url: string): string | undefined {
  const e = sub(ext, url)[0];
  return cleanText(e?.valueString ?? e?.valueCode, 200);
}

function hhmm(v: unknown): string | undefined {
  const s = str(v);
  const m = s ? /^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d+)?)?$/.exec(s) : null;
  return m ? `${m[1]}:${m[2]}` : undefined;
}

function phoneOf(telecom: ContactPoint[] | undefined): string | undefined {
  const phones = arr<ContactPoint>(telecom).filter((t) => isObject(t) && t.system === 'phone' && str(t.value));
  phones.sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99));
  return cleanText(phones[0]?.value, 40);
}

function validTimeZone(tz: string | undefined): string | undefined {
  if (!tz) return undefined;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz;
  } catch {
    return undefined;
  }
}

/** What the clinic's Organization says about messaging (only the fields it states). */
export function messagingPolicyFrom(org: Organization | undefined): Partial<MessagingPolicy> {
  if (!org) return {};
  const ext = extension(org, EXT.clinicPolicy);
  const out: Partial<MessagingPolicy> = {};
  const name = cleanText(org.name);
  if (name) out.clinicName = name;
  const phone = phoneOf(org.telecom);
  if (phone) out.clinicPhone = phone;
  const tz = validTimeZone(str(extension(org, TIMEZONE_EXTENSION)?.valueCode));
  if (tz) out.timeZone = tz;
  if (!ext) return out;
  const reply = int(ext, 'replyBusinessDays');
  if (reply !== undefined) out.replyBusinessDays = reply;
  const days = sub(ext, 'openDay')
    .map((e) => DAY_CODES.indexOf(String(e.valueCode)))
    .filter((d) => d >= 0);
  const open = hhmm(sub(ext, 'opens')[0]?.valueTime);
  const close = hhmm(sub(ext, 'closes')[0]?.valueTime);
  if (days.length && open && close) out.clinicHours = { days: [...new Set(days)].sort(), open, close };
  const holidays = sub(ext, 'holiday')
    .map((e) => str(e.valueDate))
    .filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d));
  if (holidays.length) out.holidays = holidays;
  const answering = sub(ext, 'answeringTime')
    .map((e) => hhmm(e.valueTime))
    .filter((t): t is string => !!t);
  if (answering.length) out.answeringTimes = answering;
  const nurse = text(ext, 'nurseLinePhone');
  if (nurse) out.nurseLinePhone = nurse;
  const max = int(ext, 'maxBodyLength');
  if (max) out.maxBodyLength = max;
  const confirm = int(ext, 'appointmentConfirmBusinessDays');
  if (confirm !== undefined) out.appointmentConfirmBusinessDays = confirm;
  const numbers: Partial<RegionalNumbers> = {};
  const fields: [keyof RegionalNumbers, string][] = [
    ['emergency', 'emergencyNumber'],
    ['crisis', 'crisisNumber'],
    ['crisisText', 'crisisTextNumber'],
    ['crisisName', 'crisisName'],
    ['advice', 'adviceNumber'],
    ['poison', 'poisonNumber'],
  ];
  for (const [key, url] of fields) {
    const v = text(ext, url);
    if (v) numbers[key] = v;
  }
  if (Object.keys(numbers).length) out.numbers = numbers as RegionalNumbers;
  return out;
}

const CHANNELS: NotifyChannel[] = ['portal', 'email', 'sms'];

/** What the clinic's Organization says about result release (only the fields it states). */
export function resultPolicyFrom(org: Organization | undefined): Partial<ResultReleasePolicyInfo> {
  const ext = extension(org, EXT.clinicPolicy);
  if (!ext) return {};
  const out: Partial<ResultReleasePolicyInfo> = {};
  const min = int(ext, 'resultMinHoldDays');
  const max = int(ext, 'resultMaxHoldDays');
  if (min !== undefined) out.minHoldDays = min;
  if (max !== undefined) out.maxHoldDays = max;
  const channels = sub(ext, 'resultChannel')
    .map((e) => e.valueCode as NotifyChannel)
    .filter((c) => CHANNELS.includes(c));
  if (channels.length) out.channels = [...new Set(channels)];
  const description = cleanText(sub(ext, 'resultPolicyDescription')[0]?.valueString, 1000);
  if (description) out.description = description;
  return out;
}

/** Merges policy layers: later layers win, `numbers` merge field by field. */
export function mergeMessagingPolicy(...layers: Partial<MessagingPolicy>[]): MessagingPolicy {
  const out = {} as MessagingPolicy;
  for (const layer of layers) {
    for (const [k, v] of Object.entries(layer) as [keyof MessagingPolicy, unknown][]) {
      if (v === undefined) continue;
      if (k === 'numbers') out.numbers = { ...out.numbers, ...(v as RegionalNumbers) };
      else (out as unknown as Record<string, unknown>)[k] = v;
    }
  }
  return out;
}

