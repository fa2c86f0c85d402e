using Cake.Core;

namespace Cake.Frosting;

public interface IFrostingTaskTeardown
{
    void Teardown(ICakeContext context, ITaskTeardownContext info);
}
