// Who is who on Canvas: the bot's own account, and the course's staff (teacher, TA and designer enrolments),
// whose posts and messages are never answered.
import { z } from 'zod';
import type { CanvasClient } from './canvas-client.ts';

export const STAFF_ENROLLMENTS = ['TeacherEnrollment', 'TaEnrollment', 'DesignerEnrollment'] as const;

const selfSchema = z.object({
  id: z.number().int(),
  name: z.string().max(255).nullish(),
  short_name: z.string().max(255).nullish(),
});
const enrollmentSchema = z.object({ user_id: z.number().int(), type: z.string().max(100) });

export interface People {
  selfId: number;
  /** The bot account's names (name, short name): "@Course Bot" typed in a post addresses the bot. */
  selfNames: readonly string[];
  /** Staff, and the bot itself: never answered. */
  isStaffOrSelf(userId: number): boolean;
}

export interface SelfAccount {
  id: number;
  names: readonly string[];
}

/** The token's own account (its id and names), asked once (again after a failure). */
export function createSelf(client: CanvasClient): () => Promise<SelfAccount> {
  let self: Promise<SelfAccount> | undefined;
  return () => {
    self ??= client.get('/users/self', selfSchema).then(
      (me) => ({
        id: me.id,
        names: [...new Set([me.name, me.short_name].filter((n): n is string => !!n?.trim()))],
      }),
      (err: unknown) => {
        self = undefined;
        throw err;
      },
    );
    return self;
  };
}

/** Read once per poll (enrolments change during a term). */
export function createPeopleReader(
  client: CanvasClient,
  courseId: string,
  whoAmI: () => Promise<SelfAccount>,
): () => Promise<People> {
  return async () => {
    const me = await whoAmI();
    const staff = await client.getAll(
      `/courses/${encodeURIComponent(courseId)}/enrollments`,
      enrollmentSchema,
      { 'type[]': STAFF_ENROLLMENTS, 'state[]': ['active', 'invited', 'completed'] },
    );
    const ids = new Set(
      staff.filter((e) => (STAFF_ENROLLMENTS as readonly string[]).includes(e.type)).map((e) => e.user_id),
    );
    return { selfId: me.id, selfNames: me.names, isStaffOrSelf: (id) => id === me.id || ids.has(id) };
  };
}
