/** The framework's default weights (v1.2.1) as the sovereignty form sends them, for the tests. */
export const FRAMEWORK_WEIGHTS_FORM = {
  "SOV-1": "15",
  "SOV-2": "10",
  "SOV-3": "10",
  "SOV-4": "15",
  "SOV-5": "20",
  "SOV-6": "15",
  "SOV-7": "10",
  "SOV-8": "5",
};
