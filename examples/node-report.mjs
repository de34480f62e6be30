// Files a report from a Node process with the Aftercare SDK, then reads the
// ticket back as its reporter.
//
//   AFTERCARE_ENDPOINT=http://127.0.0.1:8787 AFTERCARE_PROJECT_KEY=pk_… node examples/node-report.mjs
import { createClient } from '@aftercare/sdk';

const endpoint = process.env.AFTERCARE_ENDPOINT ?? 'http://127.0.0.1:8787';
const projectKey = process.env.AFTERCARE_PROJECT_KEY;
if (!projectKey) {
  console.error('Set AFTERCARE_PROJECT_KEY (printed by `npm start` or `aftercare init`).');
  process.exit(1);
}

const client = createClient({ endpoint, projectKey });
const receipt = await client.report({
  kind: 'bug',
  message: 'Nightly export job failed with a timeout',
  impact: 'hinders',
  page: { url: 'app://billing-worker/export' },
  metadata: { service: 'billing-worker', attempt: 3 },
});
console.log(`Filed ticket #${receipt.ticket.number} (${receipt.ticket.severity}, ${receipt.ticket.category})`);

const ticket = await client.getTicket(receipt.ticket.id, receipt.trackingToken);
console.log(`Ticket #${ticket.number} is ${ticket.status}; ${ticket.timeline.length} timeline entr${ticket.timeline.length === 1 ? 'y' : 'ies'}`);
console.log(JSON.stringify({ ticketId: ticket.id, number: ticket.number, status: ticket.status }));
