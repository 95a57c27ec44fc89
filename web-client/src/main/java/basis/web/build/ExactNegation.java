package basis.web.build;

import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.Program;
import org.teavm.model.Variable;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.DoubleConstantInstruction;
import org.teavm.model.instructions.FloatConstantInstruction;
import org.teavm.model.instructions.NegateInstruction;
import org.teavm.model.instructions.NumericOperandType;

/**
 * A TeaVM build step (not part of the engine at run time): rewrites every floating-point negation
 * {@code -x} as {@code x * -1.0}.
 *
 * <p>Why: TeaVM 0.16.0's WebAssembly GC backend compiles {@code dneg}/{@code fneg} so that
 * {@code -0.0} comes out as {@code +0.0} (it computes {@code 0 - x}), while the JVM flips the sign
 * bit. Python prints {@code -0.0} and NumPy {@code -0.}, so the browser printed something else than
 * the server for the same code. Multiplying by -1 is exact and flips the sign of every value,
 * zeros included, on both sides. Registered in web-client/pom.xml ({@code <transformers>}).
 */
public final class ExactNegation implements ClassHolderTransformer {
    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program != null) transform(program);
        }
    }

    static void transform(Program program) {
        for (int b = 0; b < program.basicBlockCount(); b++) {
            BasicBlock block = program.basicBlockAt(b);
            for (Instruction insn = block.getFirstInstruction(); insn != null; ) {
                Instruction next = insn.getNext();
                if (insn instanceof NegateInstruction negate) {
                    NumericOperandType type = negate.getOperandType();
                    if (type == NumericOperandType.DOUBLE || type == NumericOperandType.FLOAT) {
                        multiplyByMinusOne(program, negate, type);
                    }
                }
                insn = next;
            }
        }
    }

    private static void multiplyByMinusOne(Program program, NegateInstruction negate, NumericOperandType type) {
        Variable minusOne = program.createVariable();
        Instruction constant;
        if (type == NumericOperandType.DOUBLE) {
            DoubleConstantInstruction c = new DoubleConstantInstruction();
            c.setConstant(-1.0);
            c.setReceiver(minusOne);
            constant = c;
        } else {
            FloatConstantInstruction c = new FloatConstantInstruction();
            c.setConstant(-1.0f);
            c.setReceiver(minusOne);
            constant = c;
        }
        constant.setLocation(negate.getLocation());
        BinaryInstruction multiply = new BinaryInstruction(BinaryOperation.MULTIPLY, type);
        multiply.setFirstOperand(negate.getOperand());
        multiply.setSecondOperand(minusOne);
        multiply.setReceiver(negate.getReceiver());
        multiply.setLocation(negate.getLocation());
        negate.insertPrevious(constant);
        negate.replace(multiply);
    }
}
