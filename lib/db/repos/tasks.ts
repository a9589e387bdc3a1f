import { Task, type TaskInput, newId, nowIso } from '@/lib/schema';
import type { AppDB } from '@/lib/db/app-db';
import { patchChecked } from './patch';

export async function addTask(db: AppDB, input: Omit<TaskInput, 'id'> & { id?: string }): Promise<Task> {
  const task = Task.parse({ ...input, id: input.id ?? newId(), createdAt: nowIso() });
  await db.tasks.add(task);
  return task;
}

export function updateTask(db: AppDB, id: string, patch: Partial<Task>, base?: Partial<Task>): Promise<Task> {
  return db.transaction('rw', db.tasks, () => patchChecked<Task>(db.tasks, id, patch, base, (m) => Task.parse(m)));
}

export function setTaskStatus(db: AppDB, id: string, status: 'open' | 'done'): Promise<Task> {
  return updateTask(db, id, { status, doneAt: status === 'done' ? nowIso() : null });
}

export async function deleteTask(db: AppDB, id: string): Promise<Task | undefined> {
  return db.transaction('rw', db.tasks, async () => {
    const t = await db.tasks.get(id);
    if (t) await db.tasks.delete(id);
    return t;
  });
}
