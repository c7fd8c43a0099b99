// DuckDB's counts of each answer in each key-question column of a CSV file, as bench/run checks
// them: one line "COLUMN ANSWER COUNT" per column and answer. Run from the folder that npm
// installed @duckdb/node-api into (bench/run copies this file there).
//   node duckdb-counts.mjs FILE COLUMN...
import { DuckDBInstance } from '@duckdb/node-api';

const [file, ...columns] = process.argv.slice(2);
const answers = ['Yes', 'No', 'N/A'];
const quote = (s) => "'" + s.replaceAll("'", "''") + "'";
const sums = columns.flatMap((c) => answers.map((a) => `count_if("${c}" = ${quote(a)})`));
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const reader = await connection.runAndReadAll(
  `SELECT ${sums.join(', ')} FROM read_csv(${quote(file)}, all_varchar = true)`);
const row = reader.getRows()[0];
const lines = [];
columns.forEach((c, i) => answers.forEach((a, j) => lines.push(`${c} ${a} ${row[3 * i + j]}`)));
console.log(lines.join('\n'));
