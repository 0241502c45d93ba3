using System.Text.RegularExpressions;
using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>
/// Checks 26 and 27: the tenant filters and the write guard hold only if nothing goes around them. The API's source may
/// switch query filters off, or send SQL the filters and the guard never see, only in files allow-listed here, each
/// with the reason it is safe.
/// </summary>
public sealed partial class FilterBypassArchitectureTests
{
    /// <summary>Files allowed to call <c>IgnoreQueryFilters(</c>, relative to the repository root, with why.</summary>
    private static readonly IReadOnlyDictionary<string, string> FilterBypassAllowList = new Dictionary<string, string>
    {
        ["api/Security/Tokens/GatewayPrincipalFactory.cs"] = "token issuing reads the client's unit and path before " +
            "any caller scope exists",
        ["api/Security/Tokens/AccountStandings.cs"] = "token validation rechecks the token's own client before any " +
            "caller scope exists",
        ["api/Offices/OrgUnitLifecycle.cs"] = "unit codes are unique across the county: a new unit's code is checked "
            + "against every unit, and the answer says only that the code is taken "
            + "(OrgUnitLifecycleTests.Without_a_key_each_request_creates_and_a_second_with_the_same_code_is_refused_"
            + "as_a_duplicate)",
        ["api/Tenancy/InheritedSettings.cs"] = "a unit is held to settings (work targets, assessment weights) made "
            + "on the units above it, often above the caller's scope: only the rows of units on the paths of units the "
            + "caller has found in its scope are read, their values served, never the rows; the unit that set them is "
            + "read through the filter "
            + "(WorkTargetsTests.An_office_works_to_the_bureaus_targets_without_reading_the_bureaus_row, "
            + "AssessmentWeightsTests.An_office_reads_the_weights_set_above_it_but_not_the_unit_or_row_that_set_them)",
        ["api/Administration/ApiClientRegistry.cs"] = "client ids are unique for ever: a new client's id is checked "
            + "against every client, revoked and other units' ones included, and the answer says only that the id is "
            + "taken (ApiClientAdministrationTests.Second_factor_roles_separated_duties_unknown_roles_and_taken_ids_"
            + "are_refused_each_by_its_code)",
        ["api/Security/ApiKeys/ApiKeyCallers.cs"] = "a presented API key is found by its globally unique key id before "
            + "any caller scope exists; the caller it gives has its client's scope "
            + "(MutationIsolationTests.A_key_reads_exactly_what_its_clients_token_reads)",
        ["api/Personnel/OfficeStaffingRollup.cs"] = "counts, as the system inside the save's transaction (and for the "
            + "rebuild command), the staffing spans of the offices a saved posting, grid or office touches, from all "
            + "of those offices' postings and grids (the changed rows passed the write guard); reads of the spans go "
            + "through the tenant filter "
            + "(StaffingCountRecountTests.Counts_over_many_days_equal_each_days_staffing_after_random_postings_and_"
            + "grids, StaffingStatisticsTests.An_office_sees_itself_and_a_cut_it_cannot_make_is_refused)",
        ["api/Integrations/OutgoingEventCatalogue.cs"] = "reads, for the event of a change just saved (past the write "
            + "guard) or of the system's chase, the posted person's name, the office's code and the chased request; "
            + "they go into the outbox row alone, and each subscriber is sent only what its own client's scope and "
            + "permissions cover (WebhookDeliveryTests.Each_subscriber_in_scope_gets_the_fields_its_client_may_read_"
            + "and_another_office_gets_nothing)",
        ["api/Integrations/OutboxFeed.cs"] = "the subscriptions' feed reads every new outbox row as the system (any "
            + "instance may have written it) and hands each listener only the events its own scope, permissions and "
            + "person allow (SubscriptionIsolationTests.A_subscriber_of_another_office_receives_nothing_of_nanjings_"
            + "event_and_its_own_offices_arrives)",
        ["api/Security/Clients/ClientAccessRules.cs"] = "a client's address ranges and origins are checked before any "
            + "caller scope exists (the token endpoint, a preflight); only the rules are read, never served "
            + "(ApiKeyTests.Address_ranges_hold_for_keys_tokens_and_the_token_endpoint)",
    };

    /// <summary>Files allowed raw SQL, or set-based writes that skip SaveChanges and so the write guard, with
    /// why.</summary>
    private static readonly IReadOnlyDictionary<string, string> RawSqlAllowList = new Dictionary<string, string>
    {
        ["api/Security/Accounts/SingleUseAuthenticatorTokenProvider.cs"] =
            "claims an authenticator step atomically in Identity's user tokens (no tenant rows), keyed by the "
            + "signing-in account alone "
            + "(AuthenticatorReplayTests.A_used_step_is_recorded_for_the_signing_in_account_alone)",
        ["api/Tenancy/TenantTreeMoves.cs"] = "moves the owner paths of a branch the caller has found in its scope to a "
            + "parent it has found in its scope "
            + "(OrgUnitLifecycleTests.An_office_attached_to_another_station_takes_its_records_along_and_keeps_the_"
            + "old_period, "
            + "MutationIsolationTests for attachOrgUnit)",
        ["api/Security/Protection/BlindIndexing.cs"] = "fills, as the system at start-up before any request, the "
            + "blind index of rows stored before the index existed, row by row by id "
            + "(BlindIndexTests.A_database_from_before_the_index_gets_it_filled_at_start_up)",
        ["api/Security/Protection/PlainValueEncryption.cs"] = "encrypts, as the system at start-up before any request, "
            + "the sensitive values stored plain before their column was encrypted, row by row by id, reading and "
            + "writing that column alone (SensitiveColumnEncryptionTests.Flags_stored_plain_are_encrypted_at_start_up_"
            + "without_changing_the_records)",
        ["api/Security/ApiKeys/ApiKeyUse.cs"] = "writes, as the system, the time a key was last used to that key's "
            + "row alone, by id, without raising its version "
            + "(ApiKeyTests.A_used_key_records_when_it_was_last_used_and_a_known_key_costs_no_query)",
        ["api/Offices/OrgUnitLifecycle.cs"] = "renews the security stamps of the moved branch's accounts (no tenant "
            + "rows), so tokens carrying the old place in the tree stop",
        ["api/FieldWork/FieldWorkRollups.cs"] = "adds to the field-work rollups, in the save's transaction, the "
            + "differences the saved entries make (the entries passed the write guard; the totals are those of their "
            + "own units and, for subtree totals, of the units on their paths), and recomputes the subtree totals of "
            + "the units a moved branch left and joined; reads of the totals go through the tenant filter "
            + "(FieldWorkRollupTests, FieldWorkTotalsReaderTests.An_office_reads_its_own_totals_only_whatever_unit_"
            + "it_names_as_the_scope)",
        ["api/Audit/AuditLog.cs"] = "locks and rewrites, as the system inside the append's transaction, the audit "
            + "chain's one head row (no tenant rows), so instances sharing the database append in turn "
            + "(SharedInstancesTests.Audit_records_both_instances_write_at_once_form_one_chain_whose_head_row_names_"
            + "its_head)",
        ["api/Personnel/OfficeStaffingRollup.cs"] = "counts, as the system inside the save's transaction (and for the "
            + "rebuild command), the staffing spans of the offices a saved posting, grid or office touches, from all "
            + "of those offices' postings and grids (the changed rows passed the write guard); reads of the spans go "
            + "through the tenant filter "
            + "(StaffingCountRecountTests.Counts_over_many_days_equal_each_days_staffing_after_random_postings_and_"
            + "grids, StaffingStatisticsTests.An_office_sees_itself_and_a_cut_it_cannot_make_is_refused)",
        ["api/FieldWork/FieldWorkRollupSql.cs"] = "recomputes the field-work rollups from all entries, as the system "
            + "(the rebuild command, the demo seeder, the migration) "
            + "(FieldWorkRollupTests.The_demo_countys_rollups_equal_a_recount_and_the_rebuild_writes_the_same_rows)",
        ["api/Data/PostgresConnection.cs"] = "moves, as the system after the demo seed wrote rows with their ids, each "
            + "identity sequence past the largest id stored (no tenant row read or written), and gathers the planner's "
            + "statistics after the seed "
            + "(every test that creates a row on PostgreSQL, e.g. PersonMutationTests)",
    };

    [Fact]
    public void Query_filters_are_switched_off_only_in_allow_listed_files()
    {
        var offenders = Occurrences(FilterBypass()).Where(o => !FilterBypassAllowList.ContainsKey(o.File)).ToList();

        Assert.True(offenders.Count == 0,
            "IgnoreQueryFilters( outside the allow-list (check 26). Read through the filtered sets, or add the file to "
            + $"{nameof(FilterBypassAllowList)} with the reason it cannot leak:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void No_raw_sql_or_set_based_writes_outside_the_allow_list()
    {
        var offenders = Occurrences(RawSql()).Where(o => !RawSqlAllowList.ContainsKey(o.File)).ToList();

        Assert.True(offenders.Count == 0,
            "Raw SQL (FromSqlRaw, SqlQuery, ExecuteSql) bypasses the tenant filters, and ExecuteUpdate/ExecuteDelete "
            + "bypass the write guard (check 27). Use LINQ and SaveChanges, or add the file to "
            + $"{nameof(RawSqlAllowList)} with its own isolation test:\n"
            + string.Join("\n", offenders));
    }

    [Fact]
    public void Row_security_is_lifted_only_in_allow_listed_files()
    {
        var offenders = Occurrences(RowSecurityLift())
            .Where(o => !FilterBypassAllowList.ContainsKey(o.File) && !RawSqlAllowList.ContainsKey(o.File)
                && o.File != "api/Data/GatewayDbContext.cs")
            .ToList();

        Assert.True(offenders.Count == 0,
            "LiftRowSecurity( lets statements past PostgreSQL's row-level security, the wall behind the query filters: "
            + "only code allow-listed above, with its reason, may cross tenants:\n" + string.Join("\n", offenders));
        Assert.Contains(Occurrences(RowSecurityLift()), o => FilterBypassAllowList.ContainsKey(o.File));
    }

    [Fact]
    public void The_allow_listed_files_exist_and_the_scan_sees_the_api()
    {
        var files = ApiSources().ToList();
        Assert.Contains(files, f => f.Relative == "api/Data/GatewayDbContext.cs");
        Assert.All(FilterBypassAllowList.Keys.Concat(RawSqlAllowList.Keys), path =>
            Assert.Contains(files, f => f.Relative == path));
        // The scanner finds a call it must find: the allow-listed one.
        Assert.Contains(Occurrences(FilterBypass()), o => FilterBypassAllowList.ContainsKey(o.File));
    }

    [GeneratedRegex(@"\bIgnoreQueryFilters\s*[<(]")]
    private static partial Regex FilterBypass();

    [GeneratedRegex(@"\bLiftRowSecurity\s*\(")]
    private static partial Regex RowSecurityLift();

    [GeneratedRegex(
        @"\b(FromSqlRaw|FromSqlInterpolated|SqlQuery\w*|ExecuteSql\w*|ExecuteUpdate\w*|ExecuteDelete\w*)\s*[<(]")]
    private static partial Regex RawSql();

    private sealed record Occurrence(string File, int Line, string Text)
    {
        public override string ToString() => $"  {File}:{Line}: {Text}";
    }

    private static IEnumerable<Occurrence> Occurrences(Regex pattern) =>
        from file in ApiSources()
        from line in File.ReadLines(file.Full).Select((text, index) => (text, number: index + 1))
        where pattern.IsMatch(WithoutComment(line.text))
        select new Occurrence(file.Relative, line.number, line.text.Trim());

    /// <summary>The API's own C# sources: generated migrations (schema DDL, no queries) and build output
    /// excluded.</summary>
    private static IEnumerable<(string Full, string Relative)> ApiSources()
    {
        var root = RepositoryFiles.Root;
        var api = Path.Combine(root, "api");
        return Directory.EnumerateFiles(api, "*.cs", SearchOption.AllDirectories)
            .Select(full => (full, relative: Path.GetRelativePath(root, full).Replace('\\', '/')))
            .Where(f => !f.relative.StartsWith("api/bin/", StringComparison.Ordinal)
                && !f.relative.StartsWith("api/obj/", StringComparison.Ordinal)
                && !f.relative.StartsWith("api/Data/Migrations/", StringComparison.Ordinal))
            .OrderBy(f => f.relative, StringComparer.Ordinal);
    }

    private static string WithoutComment(string line)
    {
        var comment = line.IndexOf("//", StringComparison.Ordinal);
        return comment < 0 ? line : line[..comment];
    }
}
