# Independent reference values for LearningLoop.Analytics.Psychometrics, computed with R's own routines:
# stats::t.test (Welch 1947), psych::alpha (Cronbach 1951), stats::aov for ICC(1)/ICC(2) (Bliese 2000),
# and rwg(J) from stats::var (James, Demaree & Wolf 1984).
# Usage: Rscript psychometrics_reference.R > psychometrics_reference.json
suppressMessages({ library(psych); library(jsonlite) })

# Student's (1908) sleep data, as shipped with R: extra hours of sleep under two drugs.
later <- sleep$extra[sleep$group == 2]; earlier <- sleep$extra[sleep$group == 1]
t1 <- t.test(later, earlier, var.equal = FALSE)
x2 <- c(3.1, 4.2, 2.8, 3.9, 4.4, 3.3, 5.0); y2 <- c(2.2, 2.9, 3.1, 2.5, 2.0, 3.6, 2.7, 2.4, 3.0, 2.8, 2.6)
t2 <- t.test(x2, y2, var.equal = FALSE)
welch <- function(x, y, t) list(x = x, y = y, difference = unname(t$estimate[1] - t$estimate[2]),
  ciLow = t$conf.int[1], ciHigh = t$conf.int[2], p = t$p.value, t = unname(t$statistic), df = unname(t$parameter))

scores <- matrix(c(4,5,4,3, 3,3,4,3, 5,5,5,4, 2,3,2,2, 4,4,3,4, 3,2,3,3, 5,4,5,5, 1,2,2,1, 4,3,4,4, 2,2,3,2),
                 ncol = 4, byrow = TRUE)
alpha <- psych::alpha(scores, warnings = FALSE)$total$raw_alpha

ratings <- matrix(c(4,4,5, 4,5,5, 3,4,4, 4,4,4, 5,5,4, 4,3,4), ncol = 3, byrow = TRUE)
sv <- mean(apply(ratings, 2, var)); rwg <- 3 * (1 - sv / 2) / (3 * (1 - sv / 2) + sv / 2)

groups <- list(c(3.2, 3.8, 4.1, 3.5), c(2.1, 2.6, 2.2), c(4.5, 4.0, 4.8, 4.2, 4.6), c(3.0, 3.3))
d <- data.frame(score = unlist(groups), group = factor(rep(seq_along(groups), lengths(groups))))
f <- summary(aov(score ~ group, d))[[1]]; msb <- f[1, "Mean Sq"]; msw <- f[2, "Mean Sq"]
nj <- lengths(groups); N <- sum(nj); J <- length(nj); k0 <- (N - sum(nj^2) / N) / (J - 1)

writeLines(toJSON(list(
  welch = list(welch(later, earlier, t1), welch(x2, y2, t2)),
  alpha = list(scores = scores, rawAlpha = alpha),
  rwg = list(ratings = ratings, scalePoints = 5, rwgJ = rwg),
  icc = list(groups = groups, msb = msb, msw = msw, k0 = k0,
             icc1 = (msb - msw) / (msb + (k0 - 1) * msw), icc2 = (msb - msw) / msb)
), auto_unbox = TRUE, digits = NA, pretty = TRUE))
