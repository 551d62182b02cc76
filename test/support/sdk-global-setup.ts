// Makes the real-SDK venv once, before the sdk project's test files start in parallel workers
// (each would otherwise find no cache and build it at the same time in the same folder).
import { ensureSdk } from './wandb-sdk.ts';

export default function setup(): void {
	ensureSdk();
}
