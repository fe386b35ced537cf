import type { Logger } from '@freeface/observability';
import { type logCreator, logLevel } from 'kafkajs';

/**
 * kafkajs logs into ours. It logs errors it retries (a restarting broker, a coordinator that is loading) at
 * ERROR; those are warnings here: failures that matter still surface as rejected calls.
 */
export const kafkaLogCreator =
  (logger: Logger): logCreator =>
  () =>
  ({ namespace, level, log }) => {
    const { message, timestamp: _, logger: __, ...fields } = log;
    const entry = { ...fields, kafka: namespace };
    if (level === logLevel.ERROR || level === logLevel.WARN) logger.warn(entry, message);
    else if (level === logLevel.INFO) logger.debug(entry, message);
    else logger.trace(entry, message);
  };
