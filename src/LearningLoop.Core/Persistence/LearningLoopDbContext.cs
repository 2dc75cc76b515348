using LearningLoop.Core.Access;
using LearningLoop.Core.Capability;
using LearningLoop.Core.Improvement;
using LearningLoop.Core.Measures;
using LearningLoop.Core.Networks;
using LearningLoop.Core.Organisations;
using LearningLoop.Core.Safety;
using LearningLoop.Core.Partners;
using LearningLoop.Core.Surveys;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Persistence;

/// <summary>The platform's one database. Provider-specific subclasses exist only so that each provider keeps its own
/// migrations (<see cref="SqliteLearningLoopDbContext"/>, <see cref="PostgresLearningLoopDbContext"/>).</summary>
public abstract class LearningLoopDbContext : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    private readonly OrganisationScope _scope;

    protected LearningLoopDbContext(DbContextOptions options, OrganisationScope scope) : base(options) => _scope = scope;

    public DbSet<Network> Networks => Set<Network>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Division> Divisions => Set<Division>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Workgroup> Workgroups => Set<Workgroup>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonUnit> PersonUnits => Set<PersonUnit>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<AccountChange> AccountChanges => Set<AccountChange>();
    public DbSet<Measure> Measures => Set<Measure>();
    public DbSet<MeasureValue> MeasureValues => Set<MeasureValue>();
    public DbSet<MeasurePhase> MeasurePhases => Set<MeasurePhase>();
    public DbSet<MeasureAnnotation> MeasureAnnotations => Set<MeasureAnnotation>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Instrument> Instruments => Set<Instrument>();
    public DbSet<InstrumentVersion> InstrumentVersions => Set<InstrumentVersion>();
    public DbSet<Wave> Waves => Set<Wave>();
    public DbSet<Response> Responses => Set<Response>();
    public DbSet<Answer> Answers => Set<Answer>();
    public DbSet<SurveyInvitation> SurveyInvitations => Set<SurveyInvitation>();
    public DbSet<UsedTokenHash> UsedTokenHashes => Set<UsedTokenHash>();

    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<InitiativeUnit> InitiativeUnits => Set<InitiativeUnit>();
    public DbSet<InitiativeMeasure> InitiativeMeasures => Set<InitiativeMeasure>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<Driver> Drivers => Set<Driver>();
    public DbSet<ChangeIdea> ChangeIdeas => Set<ChangeIdea>();
    public DbSet<PdsaCycle> PdsaCycles => Set<PdsaCycle>();
    public DbSet<InitiativeAnnotation> InitiativeAnnotations => Set<InitiativeAnnotation>();
    public DbSet<Intervention> Interventions => Set<Intervention>();
    public DbSet<Adoption> Adoptions => Set<Adoption>();
    public DbSet<Lesson> Lessons => Set<Lesson>();
    public DbSet<InterviewNote> InterviewNotes => Set<InterviewNote>();
    public DbSet<CapabilityAction> CapabilityActions => Set<CapabilityAction>();

    public DbSet<SafetyEvent> SafetyEvents => Set<SafetyEvent>();
    public DbSet<SafetyEventType> SafetyEventTypes => Set<SafetyEventType>();
    public DbSet<PatientDay> PatientDays => Set<PatientDay>();
    public DbSet<SafetySettings> SafetySettings => Set<SafetySettings>();
    public DbSet<PartnerProfile> PartnerProfiles => Set<PartnerProfile>();
    public DbSet<PartnerRecord> PartnerRecords => Set<PartnerRecord>();
    public DbSet<PartnerEngagement> PartnerEngagements => Set<PartnerEngagement>();
    public DbSet<EngagementMeeting> EngagementMeetings => Set<EngagementMeeting>();
    public DbSet<EngagementDecision> EngagementDecisions => Set<EngagementDecision>();
    public DbSet<PartnerRequest> PartnerRequests => Set<PartnerRequest>();
    public DbSet<PartnerInvitation> PartnerInvitations => Set<PartnerInvitation>();
    public DbSet<StakeholderAssessment> StakeholderAssessments => Set<StakeholderAssessment>();
    public DbSet<PracticeCheck> PracticeChecks => Set<PracticeCheck>();
    public DbSet<PartnershipSurvey> PartnershipSurveys => Set<PartnershipSurvey>();

    // The learning network (decision 0023): coordinators, shared measures and maturity belong to the network, not to one
    // organisation, so they carry no tenancy filter and are read only with the caller's network id; shares are owned.
    public DbSet<NetworkCoordinator> NetworkCoordinators => Set<NetworkCoordinator>();
    public DbSet<NetworkMeasure> NetworkMeasures => Set<NetworkMeasure>();
    public DbSet<MeasureShare> MeasureShares => Set<MeasureShare>();
    public DbSet<CapabilityShare> CapabilityShares => Set<CapabilityShare>();
    public DbSet<NetworkMaturityRating> NetworkMaturityRatings => Set<NetworkMaturityRating>();
    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();

    private static readonly System.Reflection.MethodInfo FilterByOrganisationMethod =
        typeof(LearningLoopDbContext).GetMethod(nameof(FilterByOrganisation), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

    private void FilterByOrganisation<T>(ModelBuilder builder) where T : class, IOrganisationOwned =>
        builder.Entity<T>().HasQueryFilter(e => _scope.IsSystem || e.OrganisationId == _scope.OrganisationId);

    /// <summary>The scope this context filters by; features use it to stamp new records.</summary>
    public OrganisationScope Scope => _scope;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LearningLoopDbContext).Assembly);

        // Tenancy lives here, once, rather than in every query: a feature cannot forget it. Every entity that carries
        // its organisation gets the same filter; records that hang off a parent are filtered through that parent.
        foreach (var owned in builder.Model.GetEntityTypes().Select(t => t.ClrType).Where(typeof(IOrganisationOwned).IsAssignableFrom).ToList())
        {
            FilterByOrganisationMethod.MakeGenericMethod(owned).Invoke(this, [builder]);
        }
        builder.Entity<Organisation>().HasQueryFilter(o => _scope.IsSystem || o.Id == _scope.OrganisationId);
        builder.Entity<PersonUnit>().HasQueryFilter(pu => _scope.IsSystem || pu.Unit!.OrganisationId == _scope.OrganisationId);
        builder.Entity<MeasureValue>().HasQueryFilter(v => _scope.IsSystem || v.Measure!.OrganisationId == _scope.OrganisationId);
        builder.Entity<MeasurePhase>().HasQueryFilter(p => _scope.IsSystem || p.Measure!.OrganisationId == _scope.OrganisationId);
        builder.Entity<MeasureAnnotation>().HasQueryFilter(a => _scope.IsSystem || a.Measure!.OrganisationId == _scope.OrganisationId);
        builder.Entity<InitiativeUnit>().HasQueryFilter(x => _scope.IsSystem || x.Initiative!.OrganisationId == _scope.OrganisationId);
        builder.Entity<InitiativeMeasure>().HasQueryFilter(x => _scope.IsSystem || x.Initiative!.OrganisationId == _scope.OrganisationId);
        builder.Entity<TeamMember>().HasQueryFilter(x => _scope.IsSystem || x.Initiative!.OrganisationId == _scope.OrganisationId);
        builder.Entity<Driver>().HasQueryFilter(x => _scope.IsSystem || x.Initiative!.OrganisationId == _scope.OrganisationId);
        builder.Entity<ChangeIdea>().HasQueryFilter(x => _scope.IsSystem || x.Initiative!.OrganisationId == _scope.OrganisationId);
        builder.Entity<PdsaCycle>().HasQueryFilter(x => _scope.IsSystem || x.Initiative!.OrganisationId == _scope.OrganisationId);
        builder.Entity<InitiativeAnnotation>().HasQueryFilter(x => _scope.IsSystem || x.Initiative!.OrganisationId == _scope.OrganisationId);
        builder.Entity<Adoption>().HasQueryFilter(x => _scope.IsSystem || x.Initiative!.OrganisationId == _scope.OrganisationId);
        builder.Entity<PartnerRecord>().HasQueryFilter(x => _scope.IsSystem || x.Profile!.OrganisationId == _scope.OrganisationId);
        builder.Entity<PartnerEngagement>().HasQueryFilter(x => _scope.IsSystem || x.Initiative!.OrganisationId == _scope.OrganisationId);
        builder.Entity<EngagementMeeting>().HasQueryFilter(x => _scope.IsSystem || x.Initiative!.OrganisationId == _scope.OrganisationId);
        builder.Entity<EngagementDecision>().HasQueryFilter(x => _scope.IsSystem || x.Initiative!.OrganisationId == _scope.OrganisationId);
        builder.Entity<PartnerRequest>().HasQueryFilter(x => _scope.IsSystem || x.Initiative!.OrganisationId == _scope.OrganisationId);
        builder.Entity<PartnerInvitation>().HasQueryFilter(x => _scope.IsSystem || x.Request!.Initiative!.OrganisationId == _scope.OrganisationId);
        builder.Entity<StakeholderAssessment>().HasQueryFilter(x => _scope.IsSystem || x.Initiative!.OrganisationId == _scope.OrganisationId);
    }
}
