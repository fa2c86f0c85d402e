using Cake.Core;

namespace Cake.Frosting;

public interface IFrostingTaskSetup
{
    void Setup(ICakeContext context, ITaskSetupContext info);
}
