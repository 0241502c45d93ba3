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
    // Accounts and API clients
    '../schema/operations/Accounts.graphql',
    '../schema/operations/CreateAccount.graphql',
    '../schema/operations/GrantRole.graphql',
    '../schema/operations/RevokeRole.graphql',
    '../schema/operations/RoleCatalogue.graphql',
    '../schema/operations/DisableAccount.graphql',
    '../schema/operations/EnableAccount.graphql',
    '../schema/operations/UnlockAccount.graphql',
    '../schema/operations/ResetAuthenticator.graphql',
    '../schema/operations/OrgUnits.graphql',
    '../schema/operations/ApiClients.graphql',
    '../schema/operations/ApiClientKeys.graphql',
    '../schema/operations/RegisterApiClient.graphql',
    '../schema/operations/RotateApiClientSecret.graphql',
    '../schema/operations/RevokeApiClient.graphql',
    '../schema/operations/SetApiClientAccess.graphql',
    '../schema/operations/CreateApiKey.graphql',
    '../schema/operations/RevokeApiKey.graphql',
    '../schema/operations/ComplianceMonth.graphql',
    '../schema/operations/CountyOverview.graphql',
    '../schema/operations/StaffingStatistics.graphql',
    '../schema/operations/OfficeDailyBoard.graphql',
    '../schema/operations/PersonFile.graphql',
    '../schema/operations/UnitChoices.graphql',
    '../schema/operations/OfficeGrids.graphql',
    '../schema/operations/CreatePerson.graphql',
    '../schema/operations/UpdatePerson.graphql',
    '../schema/operations/TransferPerson.graphql',
    '../schema/operations/RecordLeave.graphql',
    '../schema/operations/CancelLeave.graphql',
    '../schema/operations/DeactivatePerson.graphql',
    '../schema/operations/OfficeEquipment.graphql',
    '../schema/operations/UpdateOfficeEquipment.graphql',
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
