// Ten assignments on the fake Canvas, three pages at four a page: the cases the import must get right.
import type { FakeAssignment } from '../../fakes/canvas/fake-canvas.ts';
import { CANVAS_IDS } from '../../fakes/canvas/fake-canvas.ts';

export function tenAssignments(): FakeAssignment[] {
  return [
    { id: 101, name: 'Assignment 1', due_at: '2026-09-25T21:59:59Z', published: true },
    {
      id: 102,
      name: 'Assignment 2',
      due_at: '2026-10-09T21:59:00Z',
      published: true,
      overrides: [
        // Section A (group thu-a) has two more days; section B has no group in the schedule.
        { id: 1, course_section_id: CANVAS_IDS.sectionA, due_at: '2026-10-11T21:59:00Z' },
        { id: 2, course_section_id: CANVAS_IDS.sectionB, due_at: '2026-10-12T21:59:00Z' },
        { id: 3, student_ids: [CANVAS_IDS.student], due_at: '2026-10-20T21:59:00Z' },
      ],
    },
    { id: 103, name: 'Assignment 3', due_at: '2026-10-30T16:00:00Z', published: true },
    { id: 104, name: 'Draft assignment 4', due_at: '2026-11-06T22:59:00Z', published: false },
    { id: 105, name: 'Reading log (no due date)', due_at: null, published: true },
    { id: 106, name: 'Assignment 4', due_at: '2026-11-13T22:59:00Z', published: true },
    { id: 107, name: 'Unpublished quiz', due_at: '2026-11-20T22:59:00Z', published: false },
    { id: 108, name: 'Assignment 5', due_at: '2026-11-27T22:59:00Z', published: true },
    { id: 109, name: 'Bonus: attention & transformers', due_at: '2026-12-04T22:59:00Z', published: true },
    { id: 110, name: 'Assignment 6', due_at: '2026-12-11T22:59:00Z', published: true },
  ];
}
