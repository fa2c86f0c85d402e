using Pipeline.Release;

namespace Pipeline.Tests.Release;

public class TrafficPlanTests
{
    [Test]
    public void Canary_is_one_share_then_all()
    {
        var plan = TrafficPlan.For(new ReleaseConfig(TrafficStrategy.Canary, 10, TimeSpan.FromMinutes(5)));

        Assert.That(plan, Is.EqualTo(new[] { new TrafficStep(10, TimeSpan.FromMinutes(5)) }));
    }

    [TestCase(25, new[] { 25, 50, 75 })]
    [TestCase(30, new[] { 30, 60, 90 })]
    [TestCase(50, new[] { 50 })]
    [TestCase(99, new[] { 99 })]
    public void Linear_adds_the_same_share_each_step_below_all(int percent, int[] shares)
    {
        var plan = TrafficPlan.For(new ReleaseConfig(TrafficStrategy.Linear, percent, TimeSpan.FromMinutes(1)));

        Assert.That(plan.Select(s => s.Percent), Is.EqualTo(shares));
    }

    [Test]
    public void All_at_once_has_no_steps()
    {
        Assert.That(TrafficPlan.For(ReleaseConfig.AllAtOnce), Is.Empty);
    }
}
