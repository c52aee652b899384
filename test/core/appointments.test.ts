import { expect } from '@open-wc/testing';
import type { AppointmentRequestDraft, Slot } from '../../src/adapters/types.js';
import {
  confirmByDate,
  groupSlotsByDay,
  isPhoneNumber,
  timeOfDayOf,
  validateAppointmentRequest,
  zonesDifferAt,
  type AppointmentFieldError,
  type AppointmentValidationOptions,
} from '../../src/core/appointments/index.js';
import { addDaysToDateKey, dateKeyOf, daysBetween, parseDateKey, zonedParts } from '../../src/core/time/index.js';

const CHICAGO = 'America/Chicago';
// Tuesday 10 March 2026, 10:00 in Chicago (the US changed to daylight time on Sunday 8 March).
const NOW = new Date('2026-03-10T15:00:00Z');

const slot = (id: string, start: string, extra: Partial<Slot> = {}): Slot => ({
  id,
  start,
  end: Number.isNaN(Date.parse(start)) ? start : new Date(Date.parse(start) + 30 * 60000).toISOString(),
  visitType: 'in-person',
  ...extra,
});

describe('core/appointments: zoned time', () => {
  const rows: [string, string, string, string, number][] = [
    // instant, zone, date, time, offset
    ['2026-03-07T15:00:00Z', CHICAGO, '2026-03-07', '09:00', -360],
    ['2026-03-09T14:00:00Z', CHICAGO, '2026-03-09', '09:00', -300],
    ['2026-03-08T07:59:00Z', CHICAGO, '2026-03-08', '01:59', -360],
    ['2026-03-08T08:00:00Z', CHICAGO, '2026-03-08', '03:00', -300],
    ['2026-11-01T06:30:00Z', CHICAGO, '2026-11-01', '01:30', -300],
    ['2026-11-01T07:30:00Z', CHICAGO, '2026-11-01', '01:30', -360],
    ['2026-03-09T23:00:00Z', 'Asia/Tokyo', '2026-03-10', '08:00', 540],
    ['2026-03-09T23:00:00Z', 'Asia/Kolkata', '2026-03-10', '04:30', 330],
    ['2026-03-09T23:00:00Z', 'UTC', '2026-03-09', '23:00', 0],
  ];
  for (const [instant, zone, date, time, offset] of rows) {
    it(`${instant} in ${zone} is ${date} ${time} (${offset})`, () => {
      const p = zonedParts(instant, zone);
      expect([p.date, p.time, p.offsetMinutes]).to.deep.equal([date, time, offset]);
    });
  }

  it('rejects impossible calendar dates and does date arithmetic across months and leap days', () => {
    expect(parseDateKey('2026-02-30')).to.equal(undefined);
    expect(parseDateKey('2028-02-29')).to.deep.equal({ year: 2028, month: 2, day: 29 });
    expect(addDaysToDateKey('2026-02-28', 1)).to.equal('2026-03-01');
    expect(addDaysToDateKey('2026-03-08', 1)).to.equal('2026-03-09');
    expect(daysBetween('2026-03-01', '2026-03-31')).to.equal(30);
    expect(dateKeyOf('2026-03-09T23:00:00Z', 'Asia/Tokyo')).to.equal('2026-03-10');
    expect(dateKeyOf('not a date', CHICAGO)).to.equal(undefined);
  });
});

describe('core/appointments: groupSlotsByDay', () => {
  const slots = [
    slot('b', '2026-03-09T14:00:00Z'), // Mon 09:00 CDT
    slot('a', '2026-03-07T15:00:00Z'), // Sat 09:00 CST
    slot('c', '2026-03-09T23:00:00Z'), // Mon 18:00 CDT = Tue 08:00 Tokyo
    slot('a', '2026-03-07T15:00:00Z'), // duplicate id
    slot('bad', 'yesterday'),
  ];

  it('groups by the clinic day, sorted, dropping duplicates and unreadable slots', () => {
    const days = groupSlotsByDay(slots, { clinicTimeZone: CHICAGO, patientTimeZone: CHICAGO });
    expect(days.map((d) => [d.date, d.weekday, d.slots.map((s) => s.slot.id)])).to.deep.equal([
      ['2026-03-07', 6, ['a']],
      ['2026-03-09', 1, ['b', 'c']],
    ]);
    expect(days.every((d) => !d.differs)).to.equal(true);
  });

  const patientRows: [string, string, boolean[], string[]][] = [
    // Regina keeps UTC-6 all year: same as Chicago before the change, an hour behind after it.
    ['America/Regina', 'before and after the US DST change', [false, true, true], ['09:00', '08:00', '17:00']],
    ['America/New_York', 'an hour ahead on both sides of the change', [true, true, true], ['10:00', '10:00', '19:00']],
    ['Asia/Tokyo', 'on the next calendar day', [true, true, true], ['00:00', '23:00', '08:00']],
  ];
  for (const [zone, label, differs, times] of patientRows) {
    it(`shows a patient in ${zone} their own time ${label}`, () => {
      const placed = groupSlotsByDay(slots, { clinicTimeZone: CHICAGO, patientTimeZone: zone }).flatMap((d) => d.slots);
      expect(placed.map((p) => p.clinic.time)).to.deep.equal(['09:00', '09:00', '18:00']);
      expect(placed.map((p) => p.differs)).to.deep.equal(differs);
      expect(placed.map((p) => p.patient.time)).to.deep.equal(times);
    });
  }

  it('keeps both 1:30 AM slots on the morning the clocks go back, in order', () => {
    const days = groupSlotsByDay(
      [slot('second', '2026-11-01T07:30:00Z'), slot('first', '2026-11-01T06:30:00Z')],
      { clinicTimeZone: CHICAGO, patientTimeZone: 'UTC' },
    );
    expect(days).to.have.length(1);
    expect(days[0].slots.map((s) => [s.slot.id, s.clinic.time, s.clinic.offsetMinutes])).to.deep.equal([
      ['first', '01:30', -300],
      ['second', '01:30', -360],
    ]);
  });

  it("uses a location's own time zone and leaves out slots already past", () => {
    const denver = { id: 'den', name: 'Denver clinic', timeZone: 'America/Denver' };
    const days = groupSlotsByDay(
      [slot('past', '2026-03-10T14:00:00Z'), slot('den', '2026-03-10T16:00:00Z', { location: denver })],
      { clinicTimeZone: CHICAGO, patientTimeZone: CHICAGO, now: NOW },
    );
    expect(days.flatMap((d) => d.slots.map((s) => [s.slot.id, s.clinic.time, s.clinicTimeZone, s.differs]))).to.deep.equal([
      ['den', '10:00', 'America/Denver', true],
    ]);
  });

  it('names the part of the day and tells whether zones differ at given instants', () => {
    expect([0, 11, 12, 16, 17, 23].map(timeOfDayOf)).to.deep.equal(['morning', 'morning', 'afternoon', 'afternoon', 'evening', 'evening']);
    expect(zonesDifferAt(['2026-03-07T15:00:00Z'], CHICAGO, 'America/Regina')).to.equal(false);
    expect(zonesDifferAt(['2026-03-07T15:00:00Z', '2026-03-09T14:00:00Z'], CHICAGO, 'America/Regina')).to.equal(true);
  });
});

describe('core/appointments: confirmByDate', () => {
  const holidays = ['2026-05-25', '2026-07-03'];
  const rows: [string, string, number, string, { closesAt?: string }?][] = [
    ['Tuesday → Wednesday', '2026-03-10T15:00:00Z', 1, '2026-03-11'],
    ['Friday → Monday', '2026-03-06T21:00:00Z', 1, '2026-03-09'],
    ['Saturday → Monday', '2026-03-07T15:00:00Z', 1, '2026-03-09'],
    ['Sunday of the DST change → Monday', '2026-03-08T15:00:00Z', 1, '2026-03-09'],
    ['Friday before Memorial Day → Tuesday', '2026-05-22T15:00:00Z', 1, '2026-05-26'],
    ['Thursday + 2 over the observed 4 July → Monday', '2026-07-02T15:00:00Z', 2, '2026-07-07'],
    ['late Thursday evening in Chicago (already Friday in UTC) → Friday', '2026-03-06T05:30:00Z', 1, '2026-03-06'],
    ['Thursday after closing → Monday', '2026-03-05T23:30:00Z', 1, '2026-03-09', { closesAt: '17:00' }],
    ['Thursday before closing → Friday', '2026-03-05T20:00:00Z', 1, '2026-03-06', { closesAt: '17:00' }],
    ['0 days on a Saturday → Monday', '2026-03-07T15:00:00Z', 0, '2026-03-09'],
    ['0 days on a Tuesday → same day', '2026-03-10T15:00:00Z', 0, '2026-03-10'],
    ['3 days from Wednesday → Monday', '2026-03-11T15:00:00Z', 3, '2026-03-16'],
  ];
  for (const [label, now, days, expected, extra] of rows) {
    it(label, () => {
      expect(confirmByDate(new Date(now), days, { timeZone: CHICAGO, holidays, ...extra })).to.equal(expected);
    });
  }
});

describe('core/appointments: validateAppointmentRequest', () => {
  const base: AppointmentRequestDraft = {
    reason: 'Yearly check-up',
    visitType: 'video',
    preferredPeriods: [{ start: '2026-03-16', end: '2026-03-20' }],
  };
  const request: AppointmentValidationOptions = { mode: 'request', timeZone: CHICAGO };
  const open = [slot('s1', '2026-03-12T15:00:00Z'), slot('gone', '2026-03-10T14:00:00Z')];
  const book: AppointmentValidationOptions = { mode: 'book', timeZone: CHICAGO, slots: open };
  const long = 'a'.repeat(1001);

  const rows: [string, Partial<AppointmentRequestDraft>, AppointmentValidationOptions, AppointmentFieldError[]][] = [
    ['a complete request', {}, request, []],
    ['a blank reason', { reason: '   ' }, request, [{ field: 'reason', code: 'required' }]],
    ['an over-long reason', { reason: long }, request, [{ field: 'reason', code: 'too-long', limit: 1000 }]],
    ['exactly 1,000 characters', { reason: 'a'.repeat(1000) }, request, []],
    ['a custom text limit', { note: 'a'.repeat(21) }, { ...request, maxTextLength: 20 }, [{ field: 'note', code: 'too-long', limit: 20 }]],
    ['no visit type', { visitType: undefined }, request, [{ field: 'visitType', code: 'required' }]],
    ['a visit type not offered', { visitType: 'phone' }, { ...request, visitTypes: ['video'] }, [{ field: 'visitType', code: 'invalid' }]],
    ['in person with no location', { visitType: 'in-person' }, { ...request, locationIds: ['l1'] }, [{ field: 'locationId', code: 'required' }]],
    ['in person at an unknown location', { visitType: 'in-person', locationId: 'x' }, { ...request, locationIds: ['l1'] }, [{ field: 'locationId', code: 'invalid' }]],
    ['a video visit needs no location', { visitType: 'video' }, { ...request, locationIds: ['l1'] }, []],
    ['no date range', { preferredPeriods: [] }, request, [{ field: 'preferredPeriods', code: 'required' }]],
    ['too many date ranges', { preferredPeriods: Array.from({ length: 6 }, () => ({ start: '2026-03-16', end: '2026-03-17' })) }, request, [{ field: 'preferredPeriods', code: 'too-many', limit: 5 }]],
    ['a range with no dates', { preferredPeriods: [{ start: '', end: '' }] }, request, [
      { field: 'preferredPeriods.0.start', code: 'required' },
      { field: 'preferredPeriods.0.end', code: 'required' },
    ]],
    ['a start date in the past', { preferredPeriods: [{ start: '2026-03-09', end: '2026-03-20' }] }, request, [{ field: 'preferredPeriods.0.start', code: 'past' }]],
    ['today is not in the past', { preferredPeriods: [{ start: '2026-03-10', end: '2026-03-10' }] }, request, []],
    ['an end before the start', { preferredPeriods: [{ start: '2026-03-20', end: '2026-03-16' }] }, request, [{ field: 'preferredPeriods.0.end', code: 'end-before-start' }]],
    ['an end before a past start', { preferredPeriods: [{ start: '2026-03-09', end: '2026-03-08' }] }, request, [
      { field: 'preferredPeriods.0.start', code: 'past' },
      { field: 'preferredPeriods.0.end', code: 'end-before-start' },
    ]],
    ['an impossible date', { preferredPeriods: [{ start: '2026-02-30', end: '2026-03-20' }] }, request, [{ field: 'preferredPeriods.0.start', code: 'invalid-date' }]],
    ['a date more than a year ahead', { preferredPeriods: [{ start: '2026-03-16', end: '2027-03-20' }] }, request, [{ field: 'preferredPeriods.0.end', code: 'too-far', limit: 365 }]],
    ['date-times in the right order', { preferredPeriods: [{ start: '2026-03-16T09:00:00-05:00', end: '2026-03-16T12:00:00-05:00' }] }, request, []],
    ['date-times in the wrong order', { preferredPeriods: [{ start: '2026-03-16T12:00:00-05:00', end: '2026-03-16T09:00:00-05:00' }] }, request, [{ field: 'preferredPeriods.0.end', code: 'end-before-start' }]],
    ['an earliest date in the past', { earliestDate: '2026-03-01' }, request, [{ field: 'earliestDate', code: 'past' }]],
    ['a range that ends before the earliest date', { earliestDate: '2026-03-25' }, request, [{ field: 'preferredPeriods.0.end', code: 'before-earliest' }]],
    ['a day of the week out of range', { daysOfWeek: [1, 7] }, request, [{ field: 'daysOfWeek', code: 'invalid' }]],
    ['phone contact with no number', { contact: { method: 'phone', value: ' ' } }, request, [{ field: 'contact.value', code: 'required' }]],
    ['phone contact with letters', { contact: { method: 'sms', value: 'call me' } }, request, [{ field: 'contact.value', code: 'invalid' }]],
    ['phone contact with a number', { contact: { method: 'phone', value: '(312) 555-0142' } }, request, []],
    ['email contact that is not an address', { contact: { method: 'email', value: 'maria@' } }, request, [{ field: 'contact.value', code: 'invalid' }]],
    ['portal contact needs nothing else', { contact: { method: 'portal' } }, request, []],
    ['an interpreter language not offered', { interpreterLanguage: 'Klingon' }, { ...request, interpreterLanguages: ['Spanish'] }, [{ field: 'interpreterLanguage', code: 'invalid' }]],
    ['over-long accessibility needs and note', { accessibilityNeeds: long, note: long }, request, [
      { field: 'accessibilityNeeds', code: 'too-long', limit: 1000 },
      { field: 'note', code: 'too-long', limit: 1000 },
    ]],
    ['booking with no slot chosen', {}, book, [{ field: 'slotId', code: 'required' }]],
    ['booking an open slot', { slotId: 's1' }, book, []],
    ['booking a slot no longer offered', { slotId: 'elsewhere' }, book, [{ field: 'slotId', code: 'unavailable' }]],
    ['booking a slot that has started', { slotId: 'gone' }, book, [{ field: 'slotId', code: 'past' }]],
    ['booking ignores preferred dates', { slotId: 's1', preferredPeriods: [] }, book, []],
    ['everything missing, in form order', { reason: '', visitType: 'in-person', preferredPeriods: [] }, { ...request, locationIds: ['l1'] }, [
      { field: 'reason', code: 'required' },
      { field: 'locationId', code: 'required' },
      { field: 'preferredPeriods', code: 'required' },
    ]],
  ];
  for (const [label, change, options, expected] of rows) {
    it(label, () => {
      expect(validateAppointmentRequest({ ...base, ...change }, NOW, options)).to.deep.equal(expected);
    });
  }

  it("compares dates with the clinic's today, not the device's", () => {
    // 23:30 on 9 March in Chicago is already 10 March in UTC and Tokyo.
    const lateEvening = new Date('2026-03-10T04:30:00Z');
    const draft = { ...base, preferredPeriods: [{ start: '2026-03-09', end: '2026-03-09' }] };
    expect(validateAppointmentRequest(draft, lateEvening, request)).to.deep.equal([]);
    expect(validateAppointmentRequest(draft, lateEvening, { ...request, timeZone: 'Asia/Tokyo' })).to.deep.equal([
      { field: 'preferredPeriods.0.start', code: 'past' },
      { field: 'preferredPeriods.0.end', code: 'past' },
    ]);
  });

  it('recognises phone numbers', () => {
    expect(['+1 312 555 0142', '312.555.0142', '5550142'].map(isPhoneNumber)).to.deep.equal([true, true, true]);
    expect(['555-01', 'call me', '12345678901234567'].map(isPhoneNumber)).to.deep.equal([false, false, false]);
  });
});
