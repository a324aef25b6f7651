// `init-course DIR`: writes a commented skeleton course into DIR and says what to edit next.
import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { displayPath } from '../../content/content-error.ts';
import { initCourse } from '../../init-course/init-course.ts';

export function registerInitCourse(program: Command): void {
  program
    .command('init-course')
    .description(
      'write a skeleton course (course file, schedule, common FAQ topics, trial questions) into DIR, to edit',
    )
    .argument('<dir>', 'the new course folder (created when missing)')
    .action((dir: string) => {
      if (existsSync(dir) && !statSync(dir).isDirectory()) {
        console.error(
          `Nothing written: ${displayPath(dir)} is a file, not a folder. Pick a new folder name (init-course creates it).`,
        );
        process.exitCode = 1;
        return;
      }
      const result = initCourse(dir);
      if (!result.ok) {
        console.error(`Nothing written: these files already exist (init-course never overwrites):`);
        for (const f of result.existing) console.error(`  ${displayPath(f)}`);
        console.error('Pick a new folder, or move those files away first.');
        process.exitCode = 1;
        return;
      }
      const faq = displayPath(`${dir}/faq`);
      const schedule = displayPath(`${dir}/schedule.yaml`);
      const trial = displayPath(`${dir}/trial-questions.yaml`);
      console.log(`Wrote a skeleton course in ${displayPath(dir)}:`);
      for (const f of result.written) console.log(`  ${displayPath(f)}`);
      console.log(
        [
          '',
          'Next:',
          `  1. Edit ${faq}/course.yaml (name, contacts, grading) and ${schedule} (your term's dates, time zone).`,
          `  2. Replace the TODO answers in ${faq}/*.yaml and add the ways your students ask; delete the topics your`,
          `     syllabus does not have, and add, rename or merge files as you like (every *.yaml but course.yaml is FAQ).`,
          `  3. npm run --silent cli -- validate --faq ${faq}    (it finds ${schedule} beside the folder)`,
          `  4. Put your students' questions in ${trial}, with the reply each should get, and ask them all`,
          `     after every edit: npm run --silent eval -- --faq ${faq} ${trial}`,
          `  5. Put FAQ_DIR=${faq} in .env, then npm start (docs/adopting.md has the checklist)`,
        ].join('\n'),
      );
    });
}
