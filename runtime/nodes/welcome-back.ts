/**
 * What the bot says to a buyer who says hello again later in a session ("hello?", "在吗", "salam"
 * after an answer): a short line above the welcome's menu, not the whole welcome a second time.
 * Languages without a line here get the welcome itself.
 */
const WELCOME_BACK: Record<string, string> = {
  en: "Hi again! 😊 I'm still here. What else can I help you with?",
  es: '¡Hola de nuevo! 😊 Sigo aquí. ¿En qué más te puedo ayudar?',
  pt: 'Olá de novo! 😊 Continuo aqui. Em que mais posso ajudar?',
  fr: 'Re-bonjour ! 😊 Je suis toujours là. Que puis-je faire d’autre pour vous ?',
  de: 'Hallo nochmal! 😊 Ich bin noch da. Wobei kann ich sonst helfen?',
  it: 'Ciao di nuovo! 😊 Sono ancora qui. In cos’altro posso aiutarti?',
  ms: 'Hai lagi! 😊 Saya masih di sini. Ada apa lagi yang boleh saya bantu?',
  id: 'Halo lagi! 😊 Saya masih di sini. Ada lagi yang bisa saya bantu?',
  tr: 'Tekrar merhaba! 😊 Hâlâ buradayım. Başka nasıl yardımcı olabilirim?',
  vi: 'Chào bạn lần nữa! 😊 Mình vẫn ở đây. Mình có thể giúp gì thêm cho bạn?',
  zh: '在的亲～😊 请问还有什么可以帮您？',
  ja: 'はい、こちらにおります😊 ほかにお手伝いできることはありますか？',
};

/** The line for the buyer's language ('zh-CN' uses 'zh'), or undefined. */
export function welcomeBackLine(language: string): string | undefined {
  return WELCOME_BACK[language] ?? WELCOME_BACK[language.toLowerCase().split(/[-_]/u)[0] ?? ''];
}
