import { benchMark } from '@/lib/time/bench-mark';

// Imported first by the worker's entry: its mark is where the worker's script starts to run, so
// the cold profile tells loading the script apart from running its modules (bench-cold.mjs --profile).
benchMark('worker-eval');
