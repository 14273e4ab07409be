// The desk's back end reaching into the centre's code: the compiler must refuse this.
import { protocolVersion } from '../../../src/central/version';

export const version = protocolVersion;
