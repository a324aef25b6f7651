// How a threshold is chosen from a utility over the calibration range.
import { describe, expect, it } from 'vitest';
import { bestThreshold } from '../../src/engine/calibrate.ts';

describe('GIVEN a utility over candidate thresholds', () => {
  it('WHEN one threshold is best THEN it is chosen', () => {
    expect(bestThreshold((t) => -Math.abs(t - 0.42), 0.3, 0.75)).toBe(0.42);
  });

  it('WHEN the examples leave every threshold equally good THEN the middle of the range is chosen', () => {
    expect(bestThreshold(() => 10, 0.3, 0.75)).toBeCloseTo(0.53, 2);
  });

  it('WHEN a run of thresholds is best THEN the middle of that run is chosen', () => {
    expect(bestThreshold((t) => (t >= 0.4 - 1e-9 && t <= 0.5 + 1e-9 ? 5 : 1), 0.3, 0.75)).toBe(0.45);
  });

  it('WHEN two separate runs are best THEN the middle of the longer run is chosen, wherever it lies', () => {
    const later = (t: number): number => ((t > 0.33 && t < 0.36) || (t > 0.59 && t < 0.66) ? 5 : 1);
    expect(bestThreshold(later, 0.3, 0.75)).toBe(0.62);
    const earlier = (t: number): number => ((t > 0.33 && t < 0.42) || (t > 0.59 && t < 0.62) ? 5 : 1);
    expect(bestThreshold(earlier, 0.3, 0.75)).toBe(0.38);
  });
});
