export { type ClusterRun, clusterRun } from './cluster-run.js';
