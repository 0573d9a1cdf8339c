import vocabulary from '../lambda/src/understanding/vocabulary/ja';
import { lines, variants, type LanguageModelSource } from './define';

/**
 * Japanese (ja-JP). Samples are in Japanese script, as Amazon asks for ja-JP; a slot stands
 * between half-width spaces where it touches other words ("{routine} を始めて"), and numbers
 * are written in kanji. People ask politely or plainly; both are here.
 */
const model: LanguageModelSource = {
  invocationName: '背中ほぐしコーチ',
  vocabulary,
  intents: {
    StartRoutineIntent: {
      slots: { routine: 'RoutineName' },
      samples: [
        ...lines`
          ストレッチを始めて
          ストレッチしたい
          ストレッチをしたい
          ストレッチをお願い
          ストレッチを教えて
          背中をほぐしたい
          背中を伸ばしたい
          背中のストレッチをしたい
          コースを始めて
          コースを始める
          {routine}
          {routine} を始めて
          {routine} を始める
          {routine} を始めたい
          {routine} をお願い
          {routine} をお願いします
          {routine} にして
          {routine} にする
          {routine} にします
          {routine} がいい
          {routine} でお願い
          {routine} でお願いします
          {routine} をやりたい
          {routine} やりたい
          {routine} をやる
          {routine} をやって
          {routine} をしたい
          {routine} をする
          {routine} を選ぶ
          {routine} に変えて
          {routine} に変更
          やっぱり {routine}
          今日は {routine}
          {routine} がしたい
          {routine} のコース
          {routine} のストレッチ
          {routine} のストレッチを始めて
        `,
        // 何をするためのものかで選ぶ: 「{routine} にできるやつ」
        ...variants`
          {routine} (に|で)できる(やつ|の|ストレッチ|コース)
          {routine} (に|で)できる(やつ|の|ストレッチ)(がいい|をお願い|をやりたい)
          {routine} のやつ
          {routine} のやつで
          {routine} のやつをお願い
        `,
      ],
    },
    ListRoutinesIntent: {
      slots: {},
      samples: lines`
        どんなコースがある
        どんなコースがありますか
        コースを教えて
        コースの一覧
        コース一覧
        どのコースがある
        何がある
        何ができる
        選べるコースは
        メニューを教えて
        メニューは何
        ストレッチの種類は
        どんなストレッチがある
        コースを全部教えて
        どれを選べばいい
        おすすめのコースは
        コースは何がある
      `.concat(variants`
        (ほかに|他に)(どんな|何か)(コース|ストレッチ)(が|は)(ある|あるの|ありますか)
        どんな(メニュー|ストレッチ)が(あるの|ありますか)
      `),
    },
    RoutineProgressIntent: {
      slots: {},
      samples: lines`
        あとどのくらい
        あとどれくらい
        あと何分
        残り何分
        残りはどれくらい
        あといくつ
        あと何個
        残りいくつ
        今どこ
        今どのあたり
        今何個目
        もうすぐ終わり
        まだかかる
        どこまで進んだ
        あと何種類
        残りの時間は
      `,
    },
    SetVerbosityIntent: {
      slots: { verbosity: 'Verbosity' },
      samples: [
        ...lines`
          {verbosity}
          {verbosity} して
          {verbosity} お願い
          {verbosity} お願いします
          {verbosity} してください
          これからは {verbosity}
          {verbosity} にして
          {verbosity} がいい
          {verbosity} でいい
          {verbosity} モードにして
          {verbosity} モード
          {verbosity} 話して
        `,
        ...variants`
          説明(を|は) {verbosity}
          説明(を|は) {verbosity} (して|してください|お願い|お願いします|にして|がいい)
          (説明を|説明は|)もっと {verbosity}
          (説明を|説明は|)もっと {verbosity} (して|してください|お願い|お願いします)
        `,
      ],
    },
    SetPaceIntent: {
      slots: { pace: 'Pace' },
      samples: lines`
        {pace}
        {pace} やって
        {pace} 進めて
        {pace} お願い
        {pace} お願いします
        {pace} でお願い
        {pace} がいい
        {pace} にして
        {pace} 進めたい
        {pace} やりたい
        これからは {pace}
        {pace} 続けて
        ストレッチは {pace}
        {pace} モードにして
        {pace} 進んで
      `,
    },
    SafetyQuestionIntent: {
      slots: { topic: 'SafetyTopic', symptom: 'Symptom' },
      samples: [
        ...lines`
          {topic}
          {topic} は大丈夫
          {topic} は大丈夫ですか
          {topic} しても大丈夫
          {topic} しても大丈夫ですか
          {topic} してもいい
          {topic} してもいいですか
          {topic} について教えて
          {topic} について知りたい
          {topic} について質問
          {topic} ってどうなの
          {topic} はどうすればいい
          {topic} はどうしたらいい
          {topic} のときはどうする
          {topic} の場合は
          {topic} でもストレッチしていい
          {topic} でもできる
          {topic} でもできますか
          {topic} なんだけど
          {topic} なんですが
          {topic} は普通
          {topic} は普通ですか
          {topic} を教えて
          {topic} は必要
          {topic} は必要ですか
          {topic} はいる
          {topic} はいりますか
          安全について質問
          質問があります
          # 知らせるのではなく、尋ねられた症状
          {symptom} がしたらどうする
          {symptom} があったらどうする
          {symptom} が出たらどうすればいい
          {symptom} のときはどうしたらいい
          {symptom} は危ない
          {symptom} は危険ですか
          {symptom} があるのは普通
        `,
        ...variants`
          {topic} (は|って)(いいの|大丈夫なの|大丈夫かな|平気)
          {symptom} が(したら|出たら|あったら)(どうする|どうすればいい|どうしたらいい)
        `,
      ],
    },
    ReportSymptomIntent: {
      slots: { symptom: 'Symptom' },
      samples: [
        ...lines`
          {symptom}
          {symptom} がする
          {symptom} がします
          {symptom} があります
          {symptom} がある
          {symptom} です
          {symptom} んです
          {symptom} みたい
          {symptom} みたいです
          {symptom} かも
          {symptom} かもしれない
          {symptom} 気がする
          なんだか {symptom}
          急に {symptom}
          今 {symptom}
          ちょっと {symptom}
          すごく {symptom}
          このストレッチで {symptom}
          ストレッチしたら {symptom}
          さっきから {symptom}
          なんか {symptom}
          {symptom} 感じ
          {symptom} 感じがする
          {symptom} 感じです
          {symptom} てきた
          {symptom} てきました
          {symptom} てる
          {symptom} ている
          {symptom} てます
          {symptom} が出る
          {symptom} が出ます
          {symptom} が出てきた
          {symptom} が出てきました
        `,
        ...variants`
          (急に|さっきから|今) {symptom} (がする|があります|です)
        `,
      ],
    },
    // リマインダー: 「平日の午前十時にストレッチをリマインドして」。時間（AMAZON.TIME）の前の曜日には「の」が入り、
    // 「毎日」だけは「の」なしで時間に続く（毎日午後三時）ので、その形は曜日の枠なしで書く（曜日がなければ毎日）。
    SetReminderIntent: {
      slots: { days: 'ReminderDays', moreDays: 'ReminderDays', time: 'AMAZON.TIME' },
      samples: [
        ...lines`
          リマインダーを設定して
          リマインダーをセットして
          ストレッチのリマインダー
          ストレッチのリマインダーを設定して
          ストレッチのリマインダーをセットして
          ストレッチのリマインダーを作って
          ストレッチのリマインダーをお願い
          ストレッチのリマインダーがほしい
          ストレッチをリマインドして
          ストレッチするようにリマインドして
          ストレッチの時間を知らせて
          ストレッチの時間になったら教えて
          ストレッチを忘れないように知らせて
          毎日知らせて
          {time}
          {days}
          {time} に
          {time} でお願い
          {days} の {time}
          {days} の {time} に
          {days} の {time} でお願い
          {days} と {moreDays} に
          {days} と {moreDays} の {time}
          {days} と {moreDays} の {time} に
          毎日 {time}
          毎日 {time} に
        `,
        ...variants`
          {time} に(ストレッチを|)(リマインドして|知らせて|お知らせして)
          毎日 {time} に(ストレッチを|)(リマインドして|知らせて|お知らせして)
          {days} の {time} に(ストレッチを|)(リマインドして|知らせて|お知らせして)
          {days} と {moreDays} の {time} に(ストレッチを|)(リマインドして|知らせて)
          {days} に(ストレッチを|)(リマインドして|知らせて)
          {time} にストレッチするように(リマインドして|知らせて)
          {days} の {time} にストレッチするように(リマインドして|知らせて)
          {time} にストレッチのリマインダーを(設定して|セットして)
          毎日 {time} にストレッチのリマインダーを(設定して|セットして)
          {days} の {time} にストレッチのリマインダーを(設定して|セットして)
          {days} のストレッチのリマインダーを(設定して|セットして)
          ストレッチのリマインダーを {time} に(設定して|セットして)
          ストレッチのリマインダーを {days} の {time} に(設定して|セットして)
        `,
      ],
    },
    ChangeReminderIntent: {
      slots: { days: 'ReminderDays', moreDays: 'ReminderDays', time: 'AMAZON.TIME' },
      samples: [
        ...variants`
          (ストレッチの|)リマインダーを(変更して|変えて)
          (ストレッチの|)リマインダーの時間を(変更して|変えて)
          (ストレッチの|)リマインダーの曜日を(変更して|変えて)
          (ストレッチの|)リマインダーを {time} に(変更して|変えて|して|ずらして)
          (ストレッチの|)リマインダーの時間を {time} に(変更して|変えて)
          (ストレッチの|)リマインダーを {days} に(変更して|変えて|して)
          (ストレッチの|)リマインダーを {days} の {time} に(変更して|変えて|して)
          (ストレッチの|)リマインダーを {days} と {moreDays} に(変更して|変えて)
          リマインダーは {time} にして
        `,
      ],
    },
    ListRemindersIntent: {
      samples: [
        ...variants`
          (ストレッチの|)リマインダーを(教えて|確認して|読み上げて)
          (ストレッチの|)リマインダーは(何時|いつ|何時ですか|いつですか)
          (ストレッチの|)リマインダーは(ある|ありますか)
          どんなリマインダーが(ある|ありますか)
          設定したリマインダーを教えて
          リマインダーの一覧
          いつ知らせてくれるの
        `,
      ],
    },
    CancelReminderIntent: {
      samples: [
        ...variants`
          (ストレッチの|)リマインダーを(取り消して|削除して|消して|キャンセルして|止めて|解除して|オフにして)
          リマインダーは(もう|)いらない
          もうリマインドしないで
          お知らせはもういらない
        `,
      ],
    },
    'AMAZON.NextIntent': {
      samples: [
        ...lines`
          次のストレッチ
          次に進んで
          次に進む
          次へ進んで
          進んで
          準備できた
          準備できました
          準備オッケー
          できた
          できました
          終わった
          終わりました
          次をお願い
          次をお願いします
          これは飛ばして
          飛ばして
          スキップ
          始めて
          よし
          はい次
        `,
        ...variants`
          (次|次の) (に行って|に行こう|をやろう)
        `,
      ],
    },
    'AMAZON.PreviousIntent': {
      samples: lines`
        戻って
        戻る
        前に戻って
        前のストレッチ
        ひとつ前
        一つ前に戻って
        さっきのストレッチ
        前のに戻って
      `,
    },
    'AMAZON.RepeatIntent': {
      samples: [
        ...lines`
          もう一度
          もう一回
          もう一度お願い
          もう一回やって
          もう一度言って
          もう一回言って
          繰り返して
          今のをもう一度
          何て言った
          聞こえなかった
        `,
      ],
    },
    'AMAZON.StartOverIntent': {
      samples: lines`
        最初から
        最初からやり直して
        はじめから
        はじめからやり直し
        最初からお願い
        コースを最初から
      `,
    },
    'AMAZON.PauseIntent': {
      samples: lines`
        一時停止
        ちょっと待って
        待って
        少し待って
        休憩
        ちょっと休憩
        一旦止めて
        いったん止めて
        ストップして待って
        ひと休み
      `,
    },
    'AMAZON.ResumeIntent': {
      samples: lines`
        再開
        再開して
        続けて
        続けよう
        続きから
        続きをやって
        続きからお願い
        止めたところから
        止めたところから再開
        戻ってきた
        もう大丈夫
        さっきの続き
      `,
    },
    'AMAZON.YesIntent': {
      samples: lines`
        あります
        ありますね
        はい続けます
        そうです
      `,
    },
    'AMAZON.NoIntent': {
      samples: lines`
        ないです
        ありません
        どれもないです
        何もないです
        続けません
      `,
    },
    'AMAZON.HelpIntent': {},
    'AMAZON.StopIntent': {
      samples: lines`
        終了
        終わり
        終わりにして
        今日はここまで
        今日はおしまい
        今日はもういい
        もうやめる
        やめる
        やめて
        おしまい
        ストレッチをやめる
        コースを終了
      `,
    },
    'AMAZON.CancelIntent': {},
    'AMAZON.FallbackIntent': {},
    'AMAZON.NavigateHomeIntent': {},
  },
  types: {
    RoutineName: {
      desk: lines`
        デスク休憩コース
        デスク休憩
        デスク
        デスクワーク
        仕事の合間
        仕事の合間に
        仕事中
        休憩中
        休憩時間
        昼休み
        デスクで
        椅子
        椅子に座ったまま
        座ったまま
        短いの
        短いコース
        手軽なの
        すぐできるの
        オフィス
        会社で
        一分
        数分
        いちばん短いの
      `,
      morning: lines`
        朝のほぐしコース
        朝のほぐし
        朝
        朝の
        朝のコース
        朝のストレッチ
        寝起き
        起きたばかり
        マット
        ヨガマット
        床
        床でやるの
      `,
      gentle: lines`
        やさしいコース
        やさしい
        優しい
        やさしいの
        ゆるいの
        初心者
        初心者向け
        初めて
        軽いの
        軽め
        痛みがある日
        楽なの
        道具なし
        道具なしで
      `,
      full: lines`
        背中しっかりコース
        しっかり
        しっかりコース
        しっかりめ
        全部
        フル
        フルコース
        長いの
        長いコース
        いちばん長いの
        十分
        フォームローラー
        フォームローラーがある
      `,
    },
    Verbosity: {
      brief: lines`
        説明を短く
        短く
        短めに
        簡単に
        簡潔に
        手短に
        説明少なめ
        説明は少なめ
        説明は短め
        短い説明
        声かけだけ
        要点だけ
      `,
      detailed: lines`
        くわしく
        詳しく
        詳しい説明
        説明を詳しく
        丁寧に
        手順を詳しく
        全部説明して
        もっと説明して
        くわしい説明
        詳しめ
      `,
    },
    Pace: {
      flow: lines`
        通しで
        止まらずに
        止まらないで
        連続で
        一気に
        ノンストップ
        流れで
        続けて全部
        待たずに
        まとめて
      `,
      step: lines`
        ひとつずつ
        一つずつ
        一個ずつ
        ひとつずつ待って
        自分のペースで
        ゆっくりひとつずつ
        一つずつ待って
        毎回待って
        ストレッチごとに待って
      `,
    },
    ReminderDays: {
      daily: lines`
        毎日
        週七日
        曜日に関係なく
        土日も含めて毎日
      `,
      weekdays: lines`
        平日
        平日だけ
        平日のみ
        毎週平日
        月曜から金曜
        月曜日から金曜日
        月曜から金曜まで
        月曜日から金曜日まで
        仕事の日
        出勤日
      `,
      weekend: lines`
        週末
        毎週末
        土日
        毎週土日
        土日だけ
        休みの日
      `,
      mon: lines`
        月曜
        月曜日
        毎週月曜
        毎週月曜日
      `,
      tue: lines`
        火曜
        火曜日
        毎週火曜
        毎週火曜日
      `,
      wed: lines`
        水曜
        水曜日
        毎週水曜
        毎週水曜日
      `,
      thu: lines`
        木曜
        木曜日
        毎週木曜
        毎週木曜日
      `,
      fri: lines`
        金曜
        金曜日
        毎週金曜
        毎週金曜日
      `,
      sat: lines`
        土曜
        土曜日
        毎週土曜
        毎週土曜日
      `,
      sun: lines`
        日曜
        日曜日
        毎週日曜
        毎週日曜日
      `,
    },
  },
  locales: {
    'ja-JP': {},
  },
};

export default model;
