// Who is who on Canvas: the bot's own account, and the course's staff (teacher, TA and designer enrolments),
// whose posts and messages are never answered.
import { z } from 'zod';
import type { CanvasClient } from './canvas-client.ts';

export const STAFF_ENROLLMENTS = ['TeacherEnrollment', 'TaEnrollment', 'DesignerEnrollment'] as const;

const selfSchema = z.object({ id: z.number().int() });
const enrollmentSchema = z.object({ user_id: z.number().int(), type: z.string().max(100) });

export interface People {
  selfId: number;
  /** Staff, and the bot itself: never answered. */
  isStaffOrSelf(userId: number): boolean;
}

/** The token's own account id, asked once (again after a failure). */
export function createSelfId(client: CanvasClient): () => Promise<number> {
  let id: Promise<number> | undefined;
  return () => {
    id ??= client.get('/users/self', selfSchema).then(
      (self) => self.id,
      (err: unknown) => {
        id = undefined;
        throw err;
      },
    );
    return id;
  };
}

/** Read once per poll (enrolments change during a term). */
export function createPeopleReader(
  client: CanvasClient,
  courseId: string,
  whoAmI: () => Promise<number>,
): () => Promise<People> {
  return async () => {
    const selfId = await whoAmI();
    const staff = await client.getAll(
      `/courses/${encodeURIComponent(courseId)}/enrollments`,
      enrollmentSchema,
      { 'type[]': STAFF_ENROLLMENTS, 'state[]': ['active', 'invited', 'completed'] },
    );
    const ids = new Set(
      staff.filter((e) => (STAFF_ENROLLMENTS as readonly string[]).includes(e.type)).map((e) => e.user_id),
    );
    const self = selfId;
    return { selfId: self, isStaffOrSelf: (id) => id === self || ids.has(id) };
  };
}
