/** Where a class's pages live for each side: the institution manages, a regulator reads (M23). */
export type ClassesMode = 'institution' | 'regulator';

export const classesPath = (mode: ClassesMode) => (mode === 'institution' ? '/institution/classes' : '/regulator/classes');

export const classPath = (mode: ClassesMode, id: string) => `${classesPath(mode)}/${encodeURIComponent(id)}`;
