// Types of bundled.js, which is plain JavaScript so the entry point can use it before tsx is loaded.
export declare function bundledEntry(dir?: string, root?: string): string | null;
