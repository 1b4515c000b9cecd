/** True only in the bench's build (wxt.config.ts defines it; utils/in-page/bench.ts). */
declare const __SIM_EXIT_BENCH__: boolean;
