import { DAILY_TASKS, runDailyJobs } from '../../src/gas/daily';
import * as main from '../../src/gas/main';
import { DAILY_JOBS } from '../../src/gas/triggers';

describe('the daily jobs', () => {
  afterEach(() => jest.restoreAllMocks());

  it('run every scheduled task from the one trigger an add-on may hold', () => {
    expect(DAILY_JOBS.map((job) => job.handler)).toEqual(['runDailyJobs']);
    expect(typeof (main as unknown as Record<string, unknown>).runDailyJobs).toBe('function');
    expect(DAILY_TASKS.map((task) => task.id)).toEqual([
      'uploader-digest',
      'follow-up',
      'monthly-report',
      'monthly-backup',
    ]);
  });

  it('runs the other tasks when one fails, then reports which failed', () => {
    const ran: string[] = [];
    for (const task of DAILY_TASKS) {
      jest.spyOn(task, 'run').mockImplementation(() => {
        ran.push(task.id);
        if (task.id === 'follow-up') throw new TypeError('broken');
      });
    }
    jest.spyOn(console, 'log').mockImplementation(() => undefined);

    expect(() => runDailyJobs()).toThrow('daily tasks failed: follow-up');
    expect(ran).toEqual(['uploader-digest', 'follow-up', 'monthly-report', 'monthly-backup']);
  });
});
