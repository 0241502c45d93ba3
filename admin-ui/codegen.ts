import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the documents the page sends, generated from the committed schema and the published operations: the
// page can only send what schema/operations/ lists, so the persisted-document manifest covers it.
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: [
    '../schema/operations/Viewer.graphql',
    '../schema/operations/Offices.graphql',
    '../schema/operations/OfficeStaffing.graphql',
    '../schema/operations/Personnel.graphql',
    '../schema/operations/PostPerson.graphql',
    '../schema/operations/EndPosting.graphql',
    '../schema/operations/ScheduleDutyShift.graphql',
    '../schema/operations/AuditRecords.graphql',
    '../schema/operations/AuditChain.graphql',
    '../schema/operations/Grids.graphql',
    '../schema/operations/ComplianceMonth.graphql',
    '../schema/operations/CountyOverview.graphql',
    '../schema/operations/StaffingStatistics.graphql',
    '../schema/operations/OfficeDailyBoard.graphql',
  ],
  generates: {
    'src/graphql/generated.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
        scalars: {
          DateOnly: 'string',
          DateTime: 'string',
          DateTimeOffset: 'string',
          ID: 'string',
          Long: 'number',
        },
      },
    },
  },
};

export default config;
