/**
 * Names of the registries' *non-numeric* transforms (dates, booleans, empty). They are real formats, so
 * using one on an ix:nonFraction is "bad-format" (the output is no number), not "unknown-format".
 * Lists follow the published registries TR1 (2010-04-20), TR2 (2011-07-31), TR3 (2015-02-26),
 * TR4 (2020-02-12) and TR5 (2022-02-16).
 */

const words = (s: string): string[] => s.split(" ").filter(Boolean);

export const TR1_NON_NUMERIC = words(
  "dateslashus dateslasheu datedotus datedoteu datelongus dateshortus datelonguk dateshortuk " +
    "datelongdaymonthuk dateshortdaymonthuk datelongmonthdayus dateshortmonthdayus dateslashdaymontheu " +
    "dateslashmonthdayus datelongyearmonth dateshortyearmonth datelongmonthyear dateshortmonthyear",
);

export const TR2_NON_NUMERIC = words(
  "booleanfalse booleantrue datedaymonth datedaymonthen datedaymonthyear datedaymonthyearen " +
    "dateerayearmonthdayjp dateerayearmonthjp datemonthday datemonthdayen datemonthdayyear datemonthdayyearen " +
    "datemonthyearen dateyearmonthdaycjk dateyearmonthen dateyearmonthcjk nocontent",
);

export const TR3_NON_NUMERIC = [
  ...TR2_NON_NUMERIC,
  ...words(
    "calindaymonthyear datedaymonthdk datedaymonthyeardk datedaymonthyearin datemonthyear datemonthyeardk " +
      "datemonthyearin dateyearmonthday",
  ),
];

const LANGS = "bg cs da de el en es et fi fr hr it nl no pl pt ro sk sl sv";

export const TR4_NON_NUMERIC = [
  ...words(LANGS).map((l) => `date-day-monthname-${l}`),
  "date-day-monthname-lv",
  ...words(`${LANGS} hi`).map((l) => `date-day-monthname-year-${l}`),
  ...words(`${LANGS} hi`).map((l) => `date-monthname-year-${l}`),
  ...words(
    "date-day-month date-day-monthroman date-day-month-year date-day-monthroman-year " +
      "date-ind-day-monthname-year-hi date-jpn-era-year-month-day date-jpn-era-year-month date-monthname-day-en " +
      "date-monthname-day-hu date-monthname-day-lt date-monthname-day-year-en date-month-day date-month-day-year " +
      "date-month-year date-monthroman-year date-year-day-monthname-lv date-year-month date-year-month-day " +
      "date-year-monthname-en date-year-monthname-hu date-year-monthname-day-hu date-year-monthname-day-lt " +
      "date-year-monthname-lt date-year-monthname-lv fixed-empty fixed-false fixed-true",
  ),
];

/** TR5 adds Welsh month names to TR4. */
export const TR5_NON_NUMERIC = [
  ...TR4_NON_NUMERIC,
  "date-day-monthname-cy",
  "date-day-monthname-year-cy",
  "date-monthname-year-cy",
];
