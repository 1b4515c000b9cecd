/** EU member states (2026), for showing EU-wide rules in countries we have no notes for yet. */
export const EU_MEMBERS = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);
