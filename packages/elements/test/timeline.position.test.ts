import { expect } from '@open-wc/testing';
import { QMI_2 } from '@qmi/core';
import { phasePositions, positionAt, span } from '../src/timeline/position.js';

describe('the timeline’s placing of now (pure)', () => {
  it('makes a month-precision date cover its whole month, and an instant only itself', () => {
    expect(span({ precision: 'month', month: '2024-02' })).to.deep.equal({
      from: Date.UTC(2024, 1, 1),
      to: Date.UTC(2024, 2, 1) - 1,
    });
    const at = '2024-01-12T22:59:59Z';
    expect(span({ precision: 'instant', at })).to.deep.equal({ from: Date.parse(at), to: Date.parse(at) });
  });

  it('places a step before, within or after now, its end included', () => {
    const start = { precision: 'instant', at: '2023-11-14T08:00:00Z' } as const;
    const end = { precision: 'instant', at: '2023-11-14T09:00:00Z' } as const;
    expect(positionAt(new Date('2023-11-14T07:59:59Z'), start, end)).to.equal('future');
    expect(positionAt(new Date('2023-11-14T09:00:00Z'), start, end)).to.equal('current');
    expect(positionAt(new Date('2023-11-14T09:00:01Z'), start, end)).to.equal('past');
    expect(positionAt(new Date('2024-02-29T23:00:00Z'), { precision: 'month', month: '2024-02' })).to.equal('current');
  });

  it('marks the first phase not ended as current, and every phase past once all have ended', () => {
    expect(phasePositions(new Date('2023-12-15T09:30:00Z'), QMI_2.phases)).to.deep.equal([
      'current',
      'future',
      'future',
      'future',
      'future',
    ]);
    expect(phasePositions(new Date('2024-10-01T10:00:00Z'), QMI_2.phases)).to.deep.equal([
      'past',
      'past',
      'past',
      'current',
      'future',
    ]);
    expect(phasePositions(new Date('2040-01-01T00:00:00Z'), QMI_2.phases).every((p) => p === 'past')).to.equal(true);
  });
});
