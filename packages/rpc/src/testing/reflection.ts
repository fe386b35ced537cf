// Test support for gRPC servers: what `grpcurl -plaintext <address> list` sees, without any credential.

import { Client, credentials, type MethodDefinition } from '@grpc/grpc-js';
import { loadStandardProtos, methodOf, serviceOf } from '../proto-definitions.js';

interface ReflectionRequest {
  listServices: string;
}
interface ReflectionResponse {
  listServicesResponse?: { service: Array<{ name: string }> } | null;
  errorResponse?: { errorMessage: string } | null;
}

/** What `grpcurl -plaintext <address> list` prints: the services a server names through reflection (v1). */
export async function listServicesByReflection(address: string): Promise<string[]> {
  const reflection = serviceOf(loadStandardProtos(), 'grpc.reflection.v1.ServerReflection');
  const method: MethodDefinition<ReflectionRequest, ReflectionResponse> = methodOf(reflection, 'ServerReflectionInfo');
  const client = new Client(address, credentials.createInsecure());
  try {
    return await new Promise<string[]>((resolve, reject) => {
      const stream = client.makeBidiStreamRequest(method.path, method.requestSerialize, method.responseDeserialize, {
        deadline: Date.now() + 5000,
      });
      stream.on('data', (response: ReflectionResponse) => {
        if (response.errorResponse) reject(new Error(response.errorResponse.errorMessage));
        else resolve((response.listServicesResponse?.service ?? []).map((s) => s.name));
        stream.end();
      });
      stream.on('error', reject);
      stream.write({ listServices: '*' });
    });
  } finally {
    client.close();
  }
}
