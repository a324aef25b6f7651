// `deploy-commands [--guild ID | --global]`: registers the commands of commands/ the course offers as Discord slash
// commands, as help lists them: none the course file turns off (`commands.off`), none its content has nothing for
// (the date commands in a course without dates, `grade` without a grading model).
import type { Command } from 'commander';
import { commands } from '../../../commands/index.ts';
import { configOrReport, contentOrReport } from '../load-or-report.ts';
import { offeredCommands } from '../offered-commands.ts';
import { errorMessage } from '../../core/error-message.ts';

export function registerDeployCommands(program: Command): void {
  program
    .command('deploy-commands')
    .description('register the slash commands with Discord (a guild: instant; global: up to an hour)')
    .option('--guild <id>', 'the server to register in (default: DISCORD_GUILD_ID)')
    .option('--global', 'register globally, for every server the bot is in')
    .action(async (opts: { guild?: string; global?: boolean }) => {
      const config = configOrReport(process.env);
      if (!config) return;
      if (!config.DISCORD_TOKEN || !config.DISCORD_APP_ID) {
        console.error(
          'deploy-commands needs DISCORD_TOKEN and DISCORD_APP_ID (Discord developer portal → your app).',
        );
        process.exitCode = 1;
        return;
      }
      const content = contentOrReport(
        { faqDir: config.FAQ_DIR, scheduleFile: config.SCHEDULE_FILE },
        'The course content has problems; fix them first:',
        commands,
      );
      if (!content) return;
      const { deploySlashCommands } = await import('../../platforms/discord/deploy-commands.ts');
      try {
        const { count, scope } = await deploySlashCommands(
          {
            token: config.DISCORD_TOKEN,
            appId: config.DISCORD_APP_ID,
            apiUrl: config.DISCORD_API_URL,
            guildId: opts.global ? undefined : (opts.guild ?? config.DISCORD_GUILD_ID),
          },
          offeredCommands(commands, content, config, (line) => console.error(line)),
        );
        console.log(`Registered ${count} slash command${count === 1 ? '' : 's'} (${scope}).`);
      } catch (err) {
        console.error(`Discord refused the commands: ${errorMessage(err)}`);
        process.exitCode = 1;
      }
    });
}
