/**
 * A scripted chat model for agent tests: each call takes the next step (an answer, a hang, a throw) and
 * records the messages it was sent. Its structured output behaves like ChatOpenAI's with includeRaw: the
 * raw message with usage, and `parsed` null when the content is not JSON (it never validates).
 */
import { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, type BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import { RunnableLambda } from '@langchain/core/runnables';

export type Step =
  | { answer: unknown; usage?: { input: number; output: number } }
  | { raw: string; usage?: { input: number; output: number } }
  | { hangMs: number }
  | { throws: string };

export class ScriptedChatModel extends BaseChatModel {
  readonly calls: BaseMessage[][] = [];
  private i = 0;

  constructor(private readonly steps: Step[]) {
    super({});
  }

  _llmType(): string {
    return 'scripted';
  }

  async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    this.calls.push(messages);
    const step = this.steps[Math.min(this.i, this.steps.length - 1)];
    this.i += 1;
    if (!step) throw new Error('no scripted step');
    if ('hangMs' in step) {
      // Ignores abort signals on purpose: the caller's deadline must hold even for a model that hangs.
      await new Promise((resolve) => setTimeout(resolve, step.hangMs));
      return this.reply('{"late": true}', undefined);
    }
    if ('throws' in step) throw new Error(step.throws);
    const content = 'raw' in step ? step.raw : JSON.stringify(step.answer);
    return this.reply(content, step.usage);
  }

  private reply(content: string, usage: { input: number; output: number } | undefined): ChatResult {
    const message = new AIMessage({
      content,
      ...(usage
        ? { usage_metadata: { input_tokens: usage.input, output_tokens: usage.output, total_tokens: usage.input + usage.output } }
        : {}),
    });
    return { generations: [{ text: content, message }] };
  }

  // Mirrors assembleStructuredOutputPipeline with includeRaw: a parse failure gives parsed: null.
  override withStructuredOutput(): never {
    return RunnableLambda.from(async (input: BaseMessage[]) => {
      const raw = await this.invoke(input);
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(typeof raw.content === 'string' ? raw.content : '');
      } catch {
        parsed = null;
      }
      return { raw, parsed };
    }) as never;
  }

  get callCount(): number {
    return this.calls.length;
  }
}

export function messageText(m: BaseMessage): string {
  return typeof m.content === 'string' ? m.content : JSON.stringify(m.content);
}
