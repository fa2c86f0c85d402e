// Test-time only. Reads {"cases":[{id, simulation}]} on stdin, evaluates each with @cloud-copilot/iam-simulate
// in Strict mode, and prints [{id, result, decisive, ignoredContextKeys, errors}] on stdout.
const { runSimulation, getDenialReasons, getGrantReasons } = require('@cloud-copilot/iam-simulate');

function describe(reason) {
  const where = reason.policyType === 'identity' || reason.policyType === 'pb' ? `${reason.policyType}:${reason.policyIdentifier ?? reason.identifier ?? ''}` : reason.policyType;
  if (reason.denialType === 'Implicit') return `${where} (no Allow)`;
  return `${where}#${reason.statementId ?? 'statement ' + reason.statementIndex}`;
}

function analysisOf(outcome) {
  if (outcome.resultType === 'single') return outcome.result;
  return outcome.results.length === 1 ? outcome.results[0] : undefined;
}

async function evaluate(item) {
  const outcome = await runSimulation(item.simulation, { simulationMode: 'Strict' });
  if (outcome.resultType === 'error') {
    return { id: item.id, result: 'Error', decisive: [], ignoredContextKeys: [], errors: JSON.stringify(outcome.errors) };
  }
  const single = analysisOf(outcome);
  const result = outcome.overallResult;
  const decisive = single === undefined ? [] : (result === 'Allowed' ? getGrantReasons(single.analysis) : getDenialReasons(single.analysis)).map(describe);
  return { id: item.id, result, decisive, ignoredContextKeys: single?.ignoredContextKeys ?? [], errors: null };
}

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const results = [];
  for (const item of input.cases) results.push(await evaluate(item));
  process.stdout.write(JSON.stringify(results));
}

main().catch(error => { process.stderr.write(String(error?.stack ?? error)); process.exit(2); });
