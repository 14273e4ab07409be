export function electronPackageDir(): string | null;
export function electronBinary(): string | null;
