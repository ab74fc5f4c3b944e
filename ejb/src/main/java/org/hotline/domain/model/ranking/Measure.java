package org.hotline.domain.model.ranking;

/** The three rates of the monthly ranking (三率) and the re-visit rate reported beside them. */
public enum Measure {
  /** 回复率: replied by the reply deadline ÷ due in the month */
  REPLY,
  /** 办结率: closed by the end of the month ÷ due in the month */
  CLOSURE,
  /** 满意率: satisfied + basically satisfied ÷ callbacks reached in the month */
  SATISFACTION,
  /** 整改后满意率: satisfied + basically satisfied at the re-visit ÷ re-visits in the month */
  REVISIT
}
