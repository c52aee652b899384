import { expect } from '@open-wc/testing';
import {
  describeReplyExpectation,
  expectedReplyBy,
  InvalidPolicyError,
  isWithinClinicHours,
  nextAnsweringTime,
  type ReplyPolicy,
} from '../../src/core/reply-time/index.js';

const chicago: ReplyPolicy = {
  replyBusinessDays: 2,
  clinicHours: { days: [1, 2, 3, 4, 5], open: '08:00', close: '17:00' },
  timeZone: 'America/Chicago',
  holidays: ['2027-03-05', '2027-12-24', '2027-12-27'],
  answeringTimes: ['12:00', '16:30'],
};

interface Row {
  name: string;
  sentAt: string;
  policy?: Partial<ReplyPolicy>;
  expected: string;
}

// Instants are written with the clinic's offset in force on that date so a reader can check them by eye.
const rows: Row[] = [
  { name: 'Tuesday morning, in hours: due Thursday at closing', sentAt: '2027-03-02T10:00:00-06:00', expected: '2027-03-04T17:00:00-06:00' },
  { name: 'Monday evening, after hours: clock starts Tuesday', sentAt: '2027-03-01T20:00:00-06:00', expected: '2027-03-04T17:00:00-06:00' },
  { name: 'Tuesday 6:30 AM, before opening: counts from Tuesday', sentAt: '2027-03-02T06:30:00-06:00', expected: '2027-03-04T17:00:00-06:00' },
  { name: 'exactly at closing counts as after hours', sentAt: '2027-03-02T17:00:00-06:00', expected: '2027-03-05T17:00:00-06:00', policy: { holidays: [] } },
  { name: 'one minute before closing counts that day', sentAt: '2027-03-02T16:59:00-06:00', expected: '2027-03-04T17:00:00-06:00' },
  { name: 'Friday after hours: Monday starts, due Wednesday', sentAt: '2027-02-26T18:00:00-06:00', expected: '2027-03-03T17:00:00-06:00' },
  { name: 'Saturday: Monday starts, due Wednesday', sentAt: '2027-02-27T11:00:00-06:00', expected: '2027-03-03T17:00:00-06:00' },
  { name: 'holiday Friday skipped while counting', sentAt: '2027-03-04T09:00:00-06:00', expected: '2027-03-09T17:00:00-06:00' },
  { name: 'sent on a holiday: next business day starts', sentAt: '2027-03-05T10:00:00-06:00', expected: '2027-03-10T17:00:00-06:00' },
  { name: 'DST starts on the weekend: due time uses daylight offset', sentAt: '2027-03-12T18:00:00-06:00', expected: '2027-03-17T17:00:00-05:00' },
  { name: 'DST ends on the weekend: due time uses standard offset', sentAt: '2027-11-05T18:00:00-05:00', expected: '2027-11-10T17:00:00-06:00' },
  { name: 'holidays back to back over Christmas', sentAt: '2027-12-23T18:00:00-06:00', expected: '2027-12-30T17:00:00-06:00' },
  { name: 'zero business days: end of the same day', sentAt: '2027-03-02T10:00:00-06:00', policy: { replyBusinessDays: 0 }, expected: '2027-03-02T17:00:00-06:00' },
  { name: 'one business day', sentAt: '2027-03-02T10:00:00-06:00', policy: { replyBusinessDays: 1 }, expected: '2027-03-03T17:00:00-06:00' },
  { name: 'instant given in UTC is read in the clinic zone (Tue 01:00 UTC = Mon 7 PM Chicago)', sentAt: '2027-03-02T01:00:00Z', expected: '2027-03-04T17:00:00-06:00' },
  {
    name: 'New York clinic: 4:30 PM in Chicago is 5:30 PM in New York, after hours',
    sentAt: '2027-03-02T16:30:00-06:00',
    policy: { timeZone: 'America/New_York', holidays: [] },
    expected: '2027-03-05T17:00:00-05:00',
  },
  {
    name: 'Madrid clinic: weekday hours Monday–Thursday only, Friday message waits for Monday',
    sentAt: '2027-03-05T10:00:00+01:00',
    policy: { timeZone: 'Europe/Madrid', clinicHours: { days: [1, 2, 3, 4], open: '09:00', close: '14:00' }, holidays: [] },
    expected: '2027-03-10T14:00:00+01:00',
  },
  {
    name: 'Madrid: European DST change (last Sunday of March) between start and due day',
    sentAt: '2027-03-26T15:00:00+01:00',
    policy: { timeZone: 'Europe/Madrid', clinicHours: { days: [1, 2, 3, 4, 5], open: '09:00', close: '14:00' }, holidays: [] },
    expected: '2027-03-31T14:00:00+02:00',
  },
  {
    name: 'Kolkata (half-hour offset, no DST)',
    sentAt: '2027-03-02T10:00:00+05:30',
    policy: { timeZone: 'Asia/Kolkata', holidays: [] },
    expected: '2027-03-04T17:00:00+05:30',
  },
  {
    name: 'Sydney (southern hemisphere: DST ends first Sunday of April)',
    sentAt: '2027-04-02T18:00:00+11:00',
    policy: { timeZone: 'Australia/Sydney', holidays: [] },
    expected: '2027-04-07T17:00:00+10:00',
  },
  {
    name: 'Saturday clinic counts Saturday as a business day',
    sentAt: '2027-03-05T18:00:00-06:00',
    policy: { clinicHours: { days: [1, 2, 3, 4, 5, 6], open: '08:00', close: '17:00' }, holidays: [] },
    expected: '2027-03-09T17:00:00-06:00',
  },
];

describe('expectedReplyBy', () => {
  for (const row of rows) {
    it(row.name, () => {
      const got = expectedReplyBy(new Date(row.sentAt), { ...chicago, ...row.policy });
      expect(got.toISOString()).to.equal(new Date(row.expected).toISOString());
    });
  }

  it('refuses an unknown time zone with InvalidPolicyError', () => {
    expect(() => expectedReplyBy(new Date(), { ...chicago, timeZone: 'Mars/Olympus' })).to.throw(InvalidPolicyError);
  });

  it('refuses hours that close before they open, and a week with no open days', () => {
    expect(() => expectedReplyBy(new Date(), { ...chicago, clinicHours: { days: [1], open: '17:00', close: '08:00' } })).to.throw(InvalidPolicyError);
    expect(() => expectedReplyBy(new Date(), { ...chicago, clinicHours: { days: [], open: '08:00', close: '17:00' } })).to.throw(InvalidPolicyError);
  });

  it('refuses an invalid date', () => {
    expect(() => expectedReplyBy(new Date('nope'), chicago)).to.throw(RangeError);
  });
});

describe('isWithinClinicHours', () => {
  const cases: [string, boolean][] = [
    ['2027-03-02T10:00:00-06:00', true],
    ['2027-03-02T07:59:00-06:00', false],
    ['2027-03-02T17:00:00-06:00', false],
    ['2027-03-06T10:00:00-06:00', false],
    ['2027-03-05T10:00:00-06:00', false],
  ];
  for (const [at, open] of cases) {
    it(`${at} → ${open ? 'open' : 'closed'}`, () => {
      expect(isWithinClinicHours(new Date(at), chicago)).to.equal(open);
    });
  }
});

describe('nextAnsweringTime', () => {
  const cases: [string, string][] = [
    ['2027-03-02T09:00:00-06:00', '2027-03-02T12:00:00-06:00'],
    ['2027-03-02T13:00:00-06:00', '2027-03-02T16:30:00-06:00'],
    ['2027-03-02T17:30:00-06:00', '2027-03-03T12:00:00-06:00'],
    ['2027-03-04T17:30:00-06:00', '2027-03-08T12:00:00-06:00'],
  ];
  for (const [from, next] of cases) {
    it(`${from} → ${next}`, () => {
      expect(nextAnsweringTime(new Date(from), chicago)?.toISOString()).to.equal(new Date(next).toISOString());
    });
  }

  it('is undefined when the policy names no answering times', () => {
    expect(nextAnsweringTime(new Date('2027-03-02T09:00:00-06:00'), { ...chicago, answeringTimes: [] })).to.equal(undefined);
  });
});

describe('describeReplyExpectation', () => {
  it('says when the clock starts for an after-hours message', () => {
    const e = describeReplyExpectation(new Date('2027-02-26T18:00:00-06:00'), chicago);
    expect(e?.afterHours).to.equal(true);
    expect(e?.clockStartsAt.toISOString()).to.equal(new Date('2027-03-01T08:00:00-06:00').toISOString());
    expect(e?.businessDays).to.equal(2);
  });

  it('is undefined for an unusable policy instead of throwing', () => {
    expect(describeReplyExpectation(new Date(), { ...chicago, timeZone: 'Nowhere/Land' })).to.equal(undefined);
  });
});
