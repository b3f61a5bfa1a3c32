import { getFormatter } from "next-intl/server";
import { evaluationFormat, type EvaluationFormat } from "./evaluation-format";

/** evaluationFormat for server components, in the request's language. */
export async function evaluationFormatFor(currency: string): Promise<EvaluationFormat> {
  return evaluationFormat(await getFormatter(), currency);
}
