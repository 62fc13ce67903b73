import { expect } from '@open-wc/testing';
import { createLookup } from '@sanding/data';
import { manyDivisions } from '../../test/fixtures.js';
import { builtEngine, engineFor } from './engine.js';

describe('the shared engine', () => {
  it('builds a large regulation in slices, letting the page run tasks in between', async () => {
    const regulation = manyDivisions(600);
    let tasksRan = 0;
    let building = true;
    const tick = (): void => {
      tasksRan++;
      if (building) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const engine = await engineFor(regulation, false);
    building = false;
    // Built in one go, no timer task could run before the engine was ready.
    expect(tasksRan).to.be.greaterThan(1);
    expect(builtEngine(regulation)).to.equal(engine);
    // The same engine as one built at once.
    for (const query of ['孵化器', '外国专家', '科技成果转化'])
      expect(engine.search(query).map((r) => r.division.id)).to.deep.equal(
        createLookup(regulation)
          .search(query)
          .map((r) => r.division.id),
      );
  });
});
