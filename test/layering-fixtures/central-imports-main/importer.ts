// src/central reaching into the desk's back end: the compiler must refuse this.
import { defaultDataDir } from '../../../src/main/paths';

export const dataDir = defaultDataDir();
