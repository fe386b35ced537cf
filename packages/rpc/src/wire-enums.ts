// Enums across the wire: @grpc/proto-loader gives them as their names (LANDMARK_SCHEME_FIVE), the packages
// use their own unions ('five'). One table per enum, checked by the compiler both ways: every value of the
// generated enum has a name, and every name of the union is reached.

/** The values of a generated enum but its zero value, e.g. LANDMARK_SCHEME_FIVE | LANDMARK_SCHEME_BLAZEFACE. */
export type Specified<Wire extends string> = Exclude<Wire, `${string}_UNSPECIFIED`>;

type Covers<Name extends string, Reached> = [Exclude<Name, Reached>] extends [never]
  ? unknown
  : { readonly 'names not reached': Exclude<Name, Reached> };

export interface EnumNames<Wire extends string, Name extends string> {
  /** the name of a wire value; undefined for the zero value and for a value added by a newer peer */
  nameOf(wire: unknown): Name | undefined;
  wireOf(name: Name): Wire;
}

/** enumNames<Wire, Name>()({ WIRE_VALUE: 'name', ... }) */
export const enumNames =
  <Wire extends string, Name extends string>() =>
  <const T extends Record<Wire, Name>>(byWire: T & Covers<Name, T[Wire]>): EnumNames<Wire, Name> => {
    const entries = Object.entries(byWire) as [Wire, Name][];
    const names = new Map<unknown, Name>(entries);
    const wires = new Map(entries.map(([wire, name]) => [name, wire]));
    return { nameOf: (wire) => names.get(wire), wireOf: (name) => wires.get(name) as Wire };
  };
