using LearningLoop.Core.Demo;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Components;
using LearningLoop.Web.Features.Capability;
using LearningLoop.Web.Features.Access;
using LearningLoop.Web.Features.Audit;
using LearningLoop.Web.Features.Home;
using LearningLoop.Web.Features.Initiatives;
using LearningLoop.Web.Features.Learning;
using LearningLoop.Web.Features.Measures;
using LearningLoop.Web.Features.Network;
using LearningLoop.Web.Features.Operations;
using LearningLoop.Web.Features.Organisation;
using LearningLoop.Web.Features.Safety;
using LearningLoop.Web.Features.Search;
using LearningLoop.Web.Features.Partners;
using LearningLoop.Web.Features.Setup;
using LearningLoop.Web.Features.Surveys;
using LearningLoop.Web.Infrastructure;

// The composition root reads as the platform's table of contents: one line per capability.
var noDemo = args.Contains("--no-demo");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--no-demo").ToArray());

builder.AddLearningLoopOperations();
builder.AddLearningLoopSecurity();
builder.Services.AddLearningLoopPersistence(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddLearningLoopAccess(builder.Configuration);
builder.Services.AddLearningLoopDemo();
builder.Services.AddLearningLoopApi();
builder.Services.AddLearningLoopImports(builder.Configuration);
builder.Services.AddRazorComponents();
builder.Services.AddHomeFeature();
builder.Services.AddOrganisationFeature();
builder.Services.AddMeasuresFeature();
builder.Services.AddSurveysFeature(builder.Configuration);
builder.Services.AddInitiativesFeature(builder.Configuration);
builder.Services.AddSafetyFeature();
builder.Services.AddPartnersFeature();
builder.Services.AddCapabilityFeature();
builder.Services.AddNetworkFeature();
builder.Services.AddSearchFeature();

var app = builder.Build();
await app.PrepareDatabaseAsync(demo: !noDemo && builder.Configuration.GetValue("Demo:Enabled", true));

app.UseLearningLoopSecurity();
app.UseExceptionHandler();
app.UseLearningLoopStatusPages();
app.UseRouting(); // after the status pages, so that a re-executed request is routed to the status page anew
app.UseAuthentication();
app.UseOrganisationScope();
app.UseFirstRunSetup();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();
app.UseCrossSiteRequestRefusal();
app.UseReplicaReads();

app.MapStaticAssets().AllowAnonymous();
app.MapLearningLoopHealth();
app.MapLearningLoopApiReference();
app.MapAccessEndpoints();
app.MapGroup("/api/v1").WithTags("v1").RefuseUnstorableInput()
    .MapOrganisationApi()
    .MapMeasuresApi()
    .MapSurveysApi()
    .MapInitiativesApi()
    .MapLessonsApi()
    .MapSafetyApi()
    .MapSafetyRatesApi()
    .MapPartnershipApi()
    .MapCapabilityApi()
    .MapNetworkApi()
    .MapAccessApi()
    .MapAccountsApi()
    .MapAuditApi()
    .MapSearchApi();
app.MapSurveySubmission();
app.MapRazorComponents<App>();

await app.RunAsync();

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
